package vn.vusta.thidua.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's schema lacks for how this application uses it, created once the engine has created or
 * checked its tables (H2 and PostgreSQL both know {@code CREATE INDEX IF NOT EXISTS}).
 * <ul>
 * <li>Completing a task looks for its subtasks ({@code PARENT_TASK_ID_}), which has no index: with 10,000 open
 * registration tasks every completion read the whole task table — a quarter of the time of a deadline rush.</li>
 * </ul>
 */
@Component
class EngineIndexes extends AbstractProcessEnginePlugin {

    static final List<String> INDEXES = List.of(
            "CREATE INDEX IF NOT EXISTS THIDUA_IDX_TASK_PARENT ON %sACT_RU_TASK (PARENT_TASK_ID_)");

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        String prefix = configuration.getDatabaseTablePrefix() == null ? "" : configuration.getDatabaseTablePrefix();
        try (Connection connection = configuration.getDataSource().getConnection(); Statement statement = connection.createStatement()) {
            for (String index : INDEXES) {
                statement.execute(String.format(index, prefix));
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new ProcessEngineException("Cannot create the indexes thi-dua needs on the engine's tables", e);
        }
    }
}
