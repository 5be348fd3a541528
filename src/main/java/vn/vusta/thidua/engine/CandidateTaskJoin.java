package vn.vusta.thidua.engine;

import java.sql.Connection;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.reflection.SystemMetaObject;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Task queries by candidate group (Tasklist's filter "Việc của đơn vị", {@code GET /engine-rest/task?candidateGroup=…})
 * join the identity links with a LEFT JOIN, because other criteria (involved user, OR queries) can be met without a
 * link. H2 never reorders an outer join: it read every open task, then its links and authorizations, and kept the
 * few of the officer's group — with 10,000 open tasks over a second per list and again per count.
 *
 * <p>When the query can only match tasks that have a candidate link — one query without OR branches, with a
 * candidate user, group or group pattern, no involved user and no "without candidates" criterion — the WHERE clause
 * already requires {@code I.TYPE_ = 'candidate'} on the joined row, so an INNER JOIN gives exactly the same rows; it
 * lets the database start from the group's index ({@code ACT_IDX_IDENT_LNK_GROUP}). This MyBatis interceptor
 * rewrites just that join in the SQL of such task queries; every other statement is left as the engine wrote it.
 */
@Component
class CandidateTaskJoin extends AbstractProcessEnginePlugin {

    private static final Pattern LEFT_JOIN =
            Pattern.compile("left join (\\S*ACT_RU_IDENTITYLINK) I on I\\.TASK_ID_ = RES\\.ID_");

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration.getSqlSessionFactory().getConfiguration().addInterceptor(new Rewrite());
    }

    /** Whether every row of this query needs a candidate identity link (so the join may be inner). */
    static boolean onlyCandidateTasks(TaskQueryImpl query) {
        if (query.getQueries().size() != 1 || query.isOrQueryActive() || query.getInvolvedUser() != null
                || Boolean.TRUE.equals(query.isWithoutCandidateGroups())
                || Boolean.TRUE.equals(query.isWithoutCandidateUsers())) {
            return false;
        }
        return query.getCandidateUser() != null || query.getCandidateGroup() != null
                || query.getCandidateGroupsInternal() != null || query.getCandidateGroupLike() != null;
    }

    /** The SQL with the identity-link join made inner, or the SQL unchanged if it is not exactly once there. */
    static String innerJoin(String sql) {
        Matcher m = LEFT_JOIN.matcher(sql);
        if (!m.find()) {
            return sql;
        }
        int start = m.start();
        int end = m.end();
        String table = m.group(1);
        if (m.find() || !sql.contains("I.TYPE_ = 'candidate'")) {
            return sql;
        }
        return sql.substring(0, start) + "inner join " + table + " I on I.TASK_ID_ = RES.ID_" + sql.substring(end);
    }

    @Intercepts(@Signature(type = StatementHandler.class, method = "prepare", args = {Connection.class, Integer.class}))
    static final class Rewrite implements Interceptor {

        @Override
        public Object intercept(Invocation invocation) throws Throwable {
            StatementHandler handler = (StatementHandler) invocation.getTarget();
            BoundSql bound = handler.getBoundSql();
            if (bound.getParameterObject() instanceof TaskQueryImpl query && onlyCandidateTasks(query)) {
                String sql = innerJoin(bound.getSql());
                if (!sql.equals(bound.getSql())) {
                    SystemMetaObject.forObject(bound).setValue("sql", sql);
                }
            }
            return invocation.proceed();
        }

        @Override
        public void setProperties(Properties properties) {
        }
    }
}
