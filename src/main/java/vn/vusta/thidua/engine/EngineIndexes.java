package vn.vusta.thidua.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * What the database needs, beyond the engine's schema, to find the engine's rows the way this application uses them;
 * done once the engine has created or checked its tables.
 * <ul>
 * <li>An index on {@code ACT_RU_TASK (PARENT_TASK_ID_)} (H2 and PostgreSQL both know {@code CREATE INDEX IF NOT
 * EXISTS}): completing a task looks for its subtasks, so with 10,000 open registration tasks every completion read
 * the whole task table — a quarter of the time of a deadline rush.</li>
 * <li>On H2, the planner is told that the engine's indexed columns which are almost always NULL here (no tenants, no
 * removal time on runtime rows, variables rarely task-local, tasks without subtasks) select many rows when a query
 * asks for {@code IS NULL}. H2 plans a statement when it is first prepared and keeps the plan in its statement cache
 * ({@code QUERY_CACHE_SIZE} in application.yaml); on a new database every column looks equally selective, and the
 * engine's lookup of an execution's variables ({@code EXECUTION_ID_ = ? AND TASK_ID_ IS NULL}) was planned on the
 * {@code TASK_ID_} index, which then read every process variable. Only columns still at H2's default selectivity are
 * marked, so the figures H2's automatic {@code ANALYZE} measures as the tables fill are kept across restarts.
 * PostgreSQL keeps its own statistics.</li>
 * </ul>
 */
@Component
class EngineIndexes extends AbstractProcessEnginePlugin {

    static final String TASK_PARENT = "CREATE INDEX IF NOT EXISTS THIDUA_IDX_TASK_PARENT ON %sACT_RU_TASK (PARENT_TASK_ID_)";

    static final List<String> MOSTLY_NULL = List.of("TENANT_ID_", "REMOVAL_TIME_", "PARENT_TASK_ID_", "BATCH_ID_",
            "CASE_INST_ID_", "CASE_EXECUTION_ID_");

    /** H2's selectivity of a column nobody has analysed or hinted. */
    private static final int H2_DEFAULT_SELECTIVITY = 50;

    private static final String UNHINTED_MOSTLY_NULL_COLUMNS = """
            SELECT DISTINCT I.TABLE_NAME, I.COLUMN_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS I
            JOIN INFORMATION_SCHEMA.COLUMNS C ON C.TABLE_SCHEMA = I.TABLE_SCHEMA AND C.TABLE_NAME = I.TABLE_NAME
                AND C.COLUMN_NAME = I.COLUMN_NAME
            WHERE I.TABLE_NAME LIKE ? AND I.ORDINAL_POSITION = 1 AND C.SELECTIVITY = ?
            AND (I.COLUMN_NAME IN (%s) OR (I.TABLE_NAME = ? AND I.COLUMN_NAME = 'TASK_ID_'))
            ORDER BY I.TABLE_NAME, I.COLUMN_NAME""".formatted(String.join(", ", MOSTLY_NULL.stream().map(c -> "'" + c + "'").toList()));

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        String prefix = configuration.getDatabaseTablePrefix() == null ? "" : configuration.getDatabaseTablePrefix();
        try (Connection connection = configuration.getDataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(String.format(TASK_PARENT, prefix));
            if ("h2".equals(configuration.getDatabaseType())) {
                for (String[] column : unhintedMostlyNullColumns(connection, prefix.toUpperCase())) {
                    statement.execute("ALTER TABLE " + column[0] + " ALTER COLUMN " + column[1] + " SELECTIVITY 1");
                }
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new ProcessEngineException("Cannot prepare the engine's tables for thi-dua (index, H2 planner figures)", e);
        }
    }

    private static List<String[]> unhintedMostlyNullColumns(Connection connection, String prefix) throws SQLException {
        List<String[]> columns = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(UNHINTED_MOSTLY_NULL_COLUMNS)) {
            query.setString(1, prefix + "ACT\\_%");
            query.setInt(2, H2_DEFAULT_SELECTIVITY);
            query.setString(3, prefix + "ACT_RU_VARIABLE");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    columns.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
        }
        return columns;
    }
}
