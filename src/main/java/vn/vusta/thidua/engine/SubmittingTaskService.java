package vn.vusta.thidua.engine;

import java.util.Map;

import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * The engine's task service, completing tasks with variables through {@link CompleteAsSubmission}, each completion
 * {@linkplain TaskCompletions one at a time per process instance}.
 */
class SubmittingTaskService extends TaskServiceImpl {

    @Override
    public void complete(String taskId, Map<String, Object> variables) {
        if (variables == null || variables.isEmpty()) {
            TaskCompletions.complete(commandExecutor, taskId, new CompleteTaskCmd(taskId, variables));
        } else {
            TaskCompletions.complete(commandExecutor, taskId, new CompleteAsSubmission(taskId, variables, false, false));
        }
    }

    @Override
    public VariableMap completeWithVariablesInReturn(String taskId, Map<String, Object> variables, boolean deserializeValues) {
        return TaskCompletions.complete(commandExecutor, taskId,
                new CompleteAsSubmission(taskId, variables, true, deserializeValues));
    }
}
