package vn.vusta.thidua.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * An index the engine's schema lacks for how this application uses it, created once the engine has created or
 * checked its tables (H2 and PostgreSQL both know {@code CREATE INDEX IF NOT EXISTS}): completing a task looks for its
 * subtasks ({@code PARENT_TASK_ID_}), which has no index, so with 10,000 open registration tasks every completion read
 * the whole task table — a quarter of the time of a deadline rush.
 */
@Component
class EngineIndexes extends AbstractProcessEnginePlugin {

    static final String TASK_PARENT = "CREATE INDEX IF NOT EXISTS THIDUA_IDX_TASK_PARENT ON %sACT_RU_TASK (PARENT_TASK_ID_)";

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        String prefix = configuration.getDatabaseTablePrefix() == null ? "" : configuration.getDatabaseTablePrefix();
        try (Connection connection = configuration.getDataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(String.format(TASK_PARENT, prefix));
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new ProcessEngineException("Cannot create the indexes thi-dua needs on the engine's tables", e);
        }
    }
}
