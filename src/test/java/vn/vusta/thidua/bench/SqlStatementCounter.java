package vn.vusta.thidua.bench;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Wraps the application's DataSource with datasource-proxy and counts every SQL statement the JVM sends (a JDBC
 * batch counts one per parameter set, as the database executes it). Bench profile only.
 */
@Component
@Profile("bench")
class SqlStatementCounter implements BeanPostProcessor {

    private static final AtomicLong STATEMENTS = new AtomicLong();

    /** Statements sent so far, by every thread; callers take differences. */
    static long statements() {
        return STATEMENTS.get();
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
            return ProxyDataSourceBuilder.create(dataSource).name("bench-" + beanName).listener(new Listener()).build();
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
                n += Math.max(1, query.getParametersList().size());
            }
            STATEMENTS.addAndGet(n);
        }
    }
}
