package vn.vusta.thidua.engine;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What a task's form shows when it opens (a unit's registered targets, its last version, the head's reason for
 * returning it), read from the domain tables at that moment instead of being copied into engine variables when the
 * task is created. Served by {@link TransientFormValues} to {@code GET /task/{id}/form-variables}, ahead of any
 * variable of the same name. Null values are left out. Bound in the model, once: a task listener bean of the user
 * task ({@code camunda:taskListener delegateExpression="${bean}"}) that implements this fills the task's form.
 */
public interface FormPrefill {

    Map<String, Object> values(DelegateTask task);
}
