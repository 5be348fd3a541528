package vn.vusta.thidua.support;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * For process tests: a mocked review listener that does only what the model relies on — on completion, it turns
 * the form's {@code decision} (and {@code returnUnit}, if the form has one) into the process variables the
 * gateway after the task reads, as the real listeners do (e.g. {@code registration.RegistrationReviewListener}).
 */
public final class HeadDecision {

    private HeadDecision() {
    }

    public static TaskListener listener(String decisionVariable) {
        TaskListener listener = mock(TaskListener.class);
        doAnswer(call -> {
            DelegateTask task = call.getArgument(0);
            if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
                var process = task.getExecution().getProcessInstance();
                process.setVariableLocal(decisionVariable, task.getVariable("decision"));
                if (task.hasVariable("returnUnit")) {
                    process.setVariableLocal("returnUnit", task.getVariable("returnUnit"));
                }
            }
            return null;
        }).when(listener).notify(any());
        return listener;
    }
}
