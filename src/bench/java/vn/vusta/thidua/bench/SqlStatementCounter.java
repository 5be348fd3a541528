package vn.vusta.thidua.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import java.sql.Connection;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.NoOpMethodExecutionListener;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Wraps the application's DataSource with datasource-proxy and counts every SQL statement the JVM sends (a JDBC
 * batch counts one per parameter set, as the database executes it) and every commit. Bench profile only.
 */
@Component
@Profile("bench")
class SqlStatementCounter implements BeanPostProcessor {

    private static final AtomicLong STATEMENTS = new AtomicLong();
    private static final AtomicLong COMMITS = new AtomicLong();
    /** With {@code -Dbench.commitStacks}: who commits, by the innermost frames of the application and the engine. */
    private static final Map<String, LongAdder> COMMIT_STACKS = Boolean.getBoolean("bench.commitStacks")
            ? new ConcurrentHashMap<>() : null;
    private static final Map<String, LongAdder> BY_SHAPE = new ConcurrentHashMap<>();
    private static final Pattern VERB = Pattern.compile("^\\s*(select|insert|update|delete)\\s", Pattern.CASE_INSENSITIVE);
    private static final Pattern TABLE_AFTER_FROM = Pattern.compile("\\b(?:from|into)\\s+([A-Za-z_][\\w.]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TABLE_FIRST = Pattern.compile("^\\s*update\\s+([A-Za-z_][\\w.]*)", Pattern.CASE_INSENSITIVE);

    /** Statements sent so far, by every thread; callers take differences. */
    static long statements() {
        return STATEMENTS.get();
    }

    /** Transactions the application committed so far ({@code Connection.commit()}), by every thread. */
    static long commits() {
        return COMMITS.get();
    }

    /** Commits by caller, when {@code -Dbench.commitStacks} is set (else empty). */
    static Map<String, Long> commitCallers() {
        Map<String, Long> copy = new HashMap<>();
        if (COMMIT_STACKS != null) {
            COMMIT_STACKS.forEach((k, n) -> copy.put(k, n.sum()));
        }
        return copy;
    }

    private static String caller() {
        return java.util.Arrays.stream(new Throwable().getStackTrace())
                .filter(f -> f.getClassName().startsWith("vn.vusta.thidua") && !f.getClassName().contains(".bench.")
                        || f.getClassName().startsWith("org.camunda.bpm.engine.impl.cmd")
                        || f.getClassName().startsWith("org.camunda.bpm.engine.rest")
                        || f.getClassName().startsWith("org.camunda.bpm.engine.impl.jobexecutor"))
                .limit(6).map(f -> f.getClassName().replaceFirst(".*\\.", "") + "." + f.getMethodName())
                .collect(java.util.stream.Collectors.joining(" < "));
    }

    /** Statements so far by kind and first table ("insert ACT_HI_ACTINST"); callers take differences. */
    static Map<String, Long> byShape() {
        Map<String, Long> copy = new HashMap<>();
        BY_SHAPE.forEach((shape, n) -> copy.put(shape, n.sum()));
        return copy;
    }

    static String shape(String sql) {
        Matcher verb = VERB.matcher(sql);
        if (!verb.find()) {
            return "other";
        }
        String kind = verb.group(1).toLowerCase(Locale.ROOT);
        Matcher table = ("update".equals(kind) ? TABLE_FIRST : TABLE_AFTER_FROM).matcher(sql);
        return kind + " " + (table.find() ? table.group(1).toUpperCase(Locale.ROOT) : "?");
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
            return ProxyDataSourceBuilder.create(dataSource).name("bench-" + beanName).listener(new Listener())
                    .methodListener(new NoOpMethodExecutionListener() {
                        @Override
                        public void afterMethod(MethodExecutionContext execution) {
                            if ("commit".equals(execution.getMethod().getName()) && execution.getTarget() instanceof Connection
                                    && execution.getThrown() == null) {
                                COMMITS.incrementAndGet();
                                if (COMMIT_STACKS != null) {
                                    COMMIT_STACKS.computeIfAbsent(caller(), k -> new LongAdder()).increment();
                                }
                            }
                        }
                    }).build();
        }
        return bean;
    }

    private static final class Listener implements QueryExecutionListener {

        @Override
        public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        }

        @Override
        public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
            long n = 0;
            for (QueryInfo query : queries) {
                int times = Math.max(1, query.getParametersList().size());
                n += times;
                BY_SHAPE.computeIfAbsent(shape(query.getQuery()), k -> new LongAdder()).add(times);
            }
            STATEMENTS.addAndGet(n);
        }
    }
}
