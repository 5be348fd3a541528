package vn.vusta.thidua.engine;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a task completion {@linkplain OneCompletionAtATime one at a time per process instance}, and runs it again
 * when it still meets a conflict: work that does not take the lock (a timer firing at the deadline, an
 * administrator's change in Cockpit) can commit in between. A conflict rolls the whole completion back, domain rows
 * included, so running it again submits the same values once. Only a completion that owns its transaction is run
 * again; inside a caller's transaction or command the conflict goes to the caller.
 */
final class TaskCompletions {

    static final int ATTEMPTS = 3;

    private TaskCompletions() {
    }

    static <T> T complete(CommandExecutor executor, String taskId, Command<T> completion) {
        Command<T> locked = new OneCompletionAtATime<>(taskId, completion);
        boolean ownsTransaction = Context.getCommandContext() == null
                && !TransactionSynchronizationManager.isActualTransactionActive();
        for (int attempt = 1;; attempt++) {
            try {
                return executor.execute(locked);
            } catch (OptimisticLockingException conflict) {
                if (!ownsTransaction || attempt == ATTEMPTS) {
                    throw conflict;
                }
            }
        }
    }
}
