package vn.vusta.thidua.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Completes a task only while holding the row lock of its process instance ({@code SELECT … FOR UPDATE}), taken
 * before the engine reads anything of that instance.
 *
 * <p>A phase's unit tasks are the parallel instances of one multi-instance task, and each completion updates the
 * multi-instance body's counters. Two officers submitting at the same moment would both read the counters, and the
 * later commit would fail with an optimistic-locking conflict. Waiting for the lock instead makes the second
 * completion read what the first committed: it waits for a few milliseconds and succeeds. This replaces an
 * asynchronous continuation after every unit's task, a job per completion that cost about a tenth of the
 * engine's work. The lock is a database lock, so it holds across nodes that share the database. A completion that
 * waited for one of the same task finds the task gone: {@link TaskGoneException}, 404 through REST.
 */
final class OneCompletionAtATime<T> implements Command<T> {

    private static final int H2_LOCK_TIMEOUT = 50200;

    private final String taskId;
    private final Command<T> completion;

    OneCompletionAtATime(String taskId, Command<T> completion) {
        this.taskId = taskId;
        this.completion = completion;
    }

    @Override
    public T execute(CommandContext context) {
        if (taskId != null) {
            lockProcessInstanceOf(context);
            if (context.getTaskManager().findTaskById(taskId) == null) {
                throw new TaskGoneException(taskId);
            }
        }
        return completion.execute(context);
    }

    private void lockProcessInstanceOf(CommandContext context) {
        String prefix = context.getProcessEngineConfiguration().getDatabaseTablePrefix();
        String sql = "SELECT ID_ FROM " + prefix + "ACT_RU_EXECUTION WHERE ID_ = (SELECT PROC_INST_ID_ FROM " + prefix
                + "ACT_RU_TASK WHERE ID_ = ?) FOR UPDATE";
        Connection connection = context.getDbSqlSession().getSqlSession().getConnection();
        try (PreparedStatement lock = connection.prepareStatement(sql)) {
            lock.setString(1, taskId);
            try (ResultSet rows = lock.executeQuery()) {
                rows.next(); // a task of no process instance, or none: the completion reports it
            }
        } catch (SQLException e) {
            if (isConflict(e)) {
                throw new OptimisticLockingException("Waited too long for the process instance of task " + taskId
                        + ": " + e.getMessage());
            }
            throw new ProcessEngineException("Could not lock the process instance of task " + taskId, e);
        }
    }

    /** A deadlock or lock time-out: SQL state class 40 (both databases), or H2's lock time-out (50200). */
    static boolean isConflict(SQLException e) {
        String state = e.getSQLState();
        return (state != null && state.startsWith("40")) || e.getErrorCode() == H2_LOCK_TIMEOUT;
    }
}
