package vn.vusta.thidua.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.runtime.PvmExecutionImpl;
import org.springframework.stereotype.Component;

/**
 * What the system (not a user) does to a cycle's engine instances when its membership changes: work in one command
 * with every instance of the cycle locked, closing a unit's task without a submission, asking whether an instance
 * still exists whoever is logged in. The public API has none of these: a task cannot be ended without completing it
 * (which would run the completion listeners and store a submission), and a command cannot take row locks.
 */
@Component
public class SystemCommands {

    private final ProcessEngine engine;

    SystemCommands(ProcessEngine engine) {
        this.engine = engine;
    }

    /**
     * Runs the work in one engine command without authorization checks, once every process instance with the business
     * key is locked ({@code SELECT … FOR UPDATE} on its execution row), as a submission locks its own
     * ({@link OneCompletionAtATime}).
     */
    public <T> T lockedByBusinessKey(String businessKey, Supplier<T> work) {
        ProcessEngineConfigurationImpl configuration = configuration();
        return configuration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() -> {
            lock(context, configuration.getDatabaseTablePrefix(), businessKey);
            return work.get();
        }));
    }

    /** Runs the work in one engine command (the current one, if any) without authorization checks. */
    public <T> T withoutAuthorization(Supplier<T> work) {
        return configuration().getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() -> work.get()));
    }

    /**
     * Inside {@link #lockedByBusinessKey}: removes the task with the reason in its history, and moves its execution on
     * as if it had been completed, so a multi-instance activity still ends when the others are done. No completion
     * listener runs.
     */
    public void closeTaskWithoutCompletion(String taskId, String reason) {
        CommandContext context = Context.getCommandContext();
        TaskEntity task = context.getTaskManager().findTaskById(taskId);
        ExecutionEntity execution = task.getExecution();
        task.delete(reason, false, false);
        execution.signal(null, null);
    }

    /** Whether the process instance exists, whatever the current user may see. */
    public boolean instanceExists(String processInstanceId) {
        return configuration().getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(
                () -> context.getExecutionManager().findExecutionById(processInstanceId) != null));
    }

    /** The reason given when the execution was deleted (Cockpit's "delete" dialog), if any. */
    public static String deleteReason(DelegateExecution execution) {
        return execution instanceof PvmExecutionImpl pvm ? pvm.getDeleteReason() : null;
    }

    private ProcessEngineConfigurationImpl configuration() {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    private static void lock(CommandContext context, String prefix, String businessKey) {
        String sql = "SELECT ID_ FROM " + prefix + "ACT_RU_EXECUTION WHERE BUSINESS_KEY_ = ? AND ID_ = PROC_INST_ID_ FOR UPDATE";
        Connection connection = context.getDbSqlSession().getSqlSession().getConnection();
        try (PreparedStatement lock = connection.prepareStatement(sql)) {
            lock.setString(1, businessKey);
            try (ResultSet rows = lock.executeQuery()) {
                while (rows.next()) {
                    rows.getString(1);
                }
            }
        } catch (SQLException e) {
            throw new ProcessEngineException("Could not lock the instances of cycle " + businessKey, e);
        }
    }
}
