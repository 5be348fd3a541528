package vn.vusta.thidua.engine;

import java.util.Map;

import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.variable.VariableMap;

/** The engine's form service, submitting each task form {@linkplain TaskCompletions one at a time per process instance}. */
final class SubmittingFormService extends FormServiceImpl {

    @Override
    public void submitTaskForm(String taskId, Map<String, Object> properties) {
        TaskCompletions.complete(commandExecutor, taskId, new SubmitTaskFormCmd(taskId, properties, false, false));
    }

    @Override
    public VariableMap submitTaskFormWithVariablesInReturn(String taskId, Map<String, Object> properties,
            boolean deserializeValues) {
        return TaskCompletions.complete(commandExecutor, taskId,
                new SubmitTaskFormCmd(taskId, properties, true, deserializeValues));
    }
}
