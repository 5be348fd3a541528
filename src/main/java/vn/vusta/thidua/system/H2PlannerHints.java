package vn.vusta.thidua.system;

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
 * On H2, tells the query planner that the engine's columns which are almost always NULL here (no tenants, no
 * removal time on runtime rows, variables rarely task-local, tasks without subtasks) select many rows when a query
 * asks for {@code IS NULL}. H2 plans a statement when it is first prepared, and keeps the plan in its statement cache
 * ({@code QUERY_CACHE_SIZE} in application.yaml); on a new database every column looks equally selective, and the
 * engine's lookup of an execution's variables ({@code EXECUTION_ID_ = ? AND TASK_ID_ IS NULL}) was planned on the
 * {@code TASK_ID_} index, which then read every process variable. H2's automatic {@code ANALYZE} replaces these
 * figures with measured ones as the tables fill. PostgreSQL keeps its own statistics: nothing is done there.
 */
@Component
class H2PlannerHints extends AbstractProcessEnginePlugin {

    static final List<String> MOSTLY_NULL = List.of("TENANT_ID_", "REMOVAL_TIME_", "PARENT_TASK_ID_", "BATCH_ID_",
            "CASE_INST_ID_", "CASE_EXECUTION_ID_");

    private static final String INDEXED_COLUMNS = """
            SELECT DISTINCT TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS
            WHERE TABLE_NAME LIKE ? AND ORDINAL_POSITION = 1
            AND (COLUMN_NAME IN (%s) OR (TABLE_NAME = ? AND COLUMN_NAME = 'TASK_ID_'))
            ORDER BY TABLE_NAME, COLUMN_NAME""".formatted(String.join(", ", MOSTLY_NULL.stream().map(c -> "'" + c + "'").toList()));

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        if (!"h2".equals(configuration.getDatabaseType())) {
            return;
        }
        String prefix = configuration.getDatabaseTablePrefix() == null ? "" : configuration.getDatabaseTablePrefix();
        try (Connection connection = configuration.getDataSource().getConnection()) {
            for (String[] column : mostlyNullIndexedColumns(connection, prefix)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("ALTER TABLE " + column[0] + " ALTER COLUMN " + column[1] + " SELECTIVITY 1");
                }
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new ProcessEngineException("Cannot give H2's planner the selectivity of the engine's columns", e);
        }
    }

    private static List<String[]> mostlyNullIndexedColumns(Connection connection, String prefix) throws SQLException {
        List<String[]> columns = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(INDEXED_COLUMNS)) {
            query.setString(1, prefix.toUpperCase() + "ACT\\_%");
            query.setString(2, prefix.toUpperCase() + "ACT_RU_VARIABLE");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    columns.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
        }
        return columns;
    }
}
