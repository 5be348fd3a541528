package vn.vusta.thidua.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class TaskCompletionsTest {

    /** Fails with a conflict the given number of times, then completes; records each command it was given. */
    static final class ConflictingExecutor implements CommandExecutor {
        final List<Command<?>> executed = new ArrayList<>();
        private int conflictsLeft;

        ConflictingExecutor(int conflicts) {
            this.conflictsLeft = conflicts;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T execute(Command<T> command) {
            executed.add(command);
            if (conflictsLeft-- > 0) {
                throw new OptimisticLockingException("updated by another transaction concurrently");
            }
            return (T) "completed";
        }
    }

    private final Command<String> completion = context -> "never run by the fake executor";

    @AfterEach
    void noTransaction() {
        TransactionSynchronizationManager.setActualTransactionActive(false);
    }

    @Test
    void aCompletionIsRunUnderTheLockOfItsProcessInstance() {
        ConflictingExecutor executor = new ConflictingExecutor(0);

        assertThat(TaskCompletions.complete(executor, "task-1", completion)).isEqualTo("completed");
        assertThat(executor.executed).singleElement().isInstanceOf(OneCompletionAtATime.class);
    }

    @Test
    void aConflictRunsTheCompletionAgain() {
        ConflictingExecutor executor = new ConflictingExecutor(2);

        assertThat(TaskCompletions.complete(executor, "task-1", completion)).isEqualTo("completed");
        assertThat(executor.executed).hasSize(3);
    }

    @Test
    void afterThreeConflictsTheLastOneGoesToTheCaller() {
        ConflictingExecutor executor = new ConflictingExecutor(3);

        assertThatThrownBy(() -> TaskCompletions.complete(executor, "task-1", completion))
                .isInstanceOf(OptimisticLockingException.class);
        assertThat(executor.executed).hasSize(TaskCompletions.ATTEMPTS);
    }

    @Test
    void insideTheCallersTransactionAConflictGoesToTheCallerAtOnce() {
        TransactionSynchronizationManager.setActualTransactionActive(true);
        ConflictingExecutor executor = new ConflictingExecutor(1);

        assertThatThrownBy(() -> TaskCompletions.complete(executor, "task-1", completion))
                .isInstanceOf(OptimisticLockingException.class);
        assertThat(executor.executed).hasSize(1);
    }

    @Test
    void otherFailuresAreNotRunAgain() {
        List<Command<?>> executed = new ArrayList<>();
        CommandExecutor failing = new CommandExecutor() {
            @Override
            public <T> T execute(Command<T> command) {
                executed.add(command);
                throw new ProcessEngineException("Cannot find task with id task-1");
            }
        };

        assertThatThrownBy(() -> TaskCompletions.complete(failing, "task-1", completion))
                .hasMessageContaining("Cannot find task");
        assertThat(executed).hasSize(1);
    }

    @Test
    void deadlocksAndLockTimeOutsAreConflicts() {
        assertThat(OneCompletionAtATime.isConflict(new SQLException("deadlock detected", "40P01"))).isTrue();
        assertThat(OneCompletionAtATime.isConflict(new SQLException("Deadlock", "40001", 40001))).isTrue();
        assertThat(OneCompletionAtATime.isConflict(new SQLException("Timeout trying to lock table", "HYT00", 50200))).isTrue();
        assertThat(OneCompletionAtATime.isConflict(new SQLException("Syntax error", "42000", 42000))).isFalse();
    }
}
