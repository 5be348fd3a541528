package vn.vusta.thidua.engine;

import java.util.Map;

import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * Completing a task with variables ({@code POST /task/{id}/complete}, {@code TaskService.complete(id, variables)}) is
 * a form submission when the task's form values are transient: otherwise the engine would write the values onto the
 * process instance, where the parallel units' submissions would overwrite one another. Any other task completes as
 * the engine completes it.
 */
final class CompleteAsSubmission implements Command<VariableMap> {

    private final String taskId;
    private final Map<String, Object> variables;
    private final boolean returnVariables;
    private final boolean deserializeValues;

    CompleteAsSubmission(String taskId, Map<String, Object> variables, boolean returnVariables, boolean deserializeValues) {
        this.taskId = taskId;
        this.variables = variables;
        this.returnVariables = returnVariables;
        this.deserializeValues = deserializeValues;
    }

    @Override
    public VariableMap execute(CommandContext context) {
        TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
        if (task != null && task.getTaskDefinition() != null
                && task.getTaskDefinition().getTaskFormHandler() instanceof TransientFormValues) {
            return new SubmitTaskFormCmd(taskId, variables, returnVariables, deserializeValues).execute(context);
        }
        return new CompleteTaskCmd(taskId, variables, returnVariables, deserializeValues).execute(context);
    }
}
