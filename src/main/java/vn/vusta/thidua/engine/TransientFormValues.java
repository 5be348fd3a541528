package vn.vusta.thidua.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.FormFieldImpl;
import org.camunda.bpm.engine.impl.form.TaskFormDataImpl;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.task.listener.DelegateExpressionTaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * The form handler of a user task whose submitted values are business records: each submitted value becomes a
 * <em>transient</em> variable local to the task. The task's complete listeners read, validate and store the values in
 * the domain tables in the same transaction; the engine never writes them to its runtime or history tables. So the
 * parallel tasks of a multi-instance cannot overwrite one another's values, a secret ballot never reaches the engine's
 * tables, and a submission costs no variable rows at all. Flow variables (a head's decision, say) are set explicitly
 * by the listeners. Enabled per task by {@link FormSubmissionPlugin}.
 */
final class TransientFormValues implements TaskFormHandler {

    private final TaskFormHandler standard;
    private final DeployedFormFields formFields;

    TransientFormValues(TaskFormHandler standard, DeployedFormFields formFields) {
        this.standard = standard;
        this.formFields = formFields;
    }

    /** The standard form data, plus the prefilled values as form fields (they take precedence over variables). */
    @Override
    public TaskFormData createTaskForm(TaskEntity task) {
        TaskFormData form = standard.createTaskForm(task);
        List<FormPrefill> prefills = prefillsOf(task);
        if (!prefills.isEmpty() && form instanceof TaskFormDataImpl data) {
            List<FormField> fields = new ArrayList<>(data.getFormFields() == null ? List.of() : data.getFormFields());
            for (FormPrefill prefill : prefills) {
                prefill.values(task).forEach((name, value) -> {
                    if (value != null) {
                        FormFieldImpl field = new FormFieldImpl();
                        field.setId(name);
                        field.setValue(typed(value));
                        fields.add(field);
                    }
                });
            }
            data.setFormFields(fields);
        }
        return form;
    }

    /** The task's listener beans (bound in the model) that fill its form, each once. */
    private static List<FormPrefill> prefillsOf(TaskEntity task) {
        List<FormPrefill> prefills = new ArrayList<>();
        if (task.getTaskDefinition() == null) {
            return prefills;
        }
        for (List<TaskListener> listeners : task.getTaskDefinition().getTaskListeners().values()) {
            for (TaskListener listener : listeners) {
                if (listener instanceof DelegateExpressionTaskListener bound
                        && Context.getProcessEngineConfiguration().getExpressionManager()
                                .createExpression(bound.getExpressionText()).getValue(task) instanceof FormPrefill prefill
                        && !prefills.contains(prefill)) {
                    prefills.add(prefill);
                }
            }
        }
        return prefills;
    }

    static TypedValue typed(Object value) {
        if (value instanceof TypedValue typed) {
            return typed;
        }
        if (value instanceof String s) {
            return Variables.stringValue(s);
        }
        if (value instanceof Boolean b) {
            return Variables.booleanValue(b);
        }
        if (value instanceof Integer || value instanceof Long) {
            return Variables.longValue(((Number) value).longValue());
        }
        if (value instanceof Number n) {
            return Variables.doubleValue(n.doubleValue());
        }
        if (value instanceof SpinJsonNode json) {
            return SpinValues.jsonValue(json).create();
        }
        throw new IllegalArgumentException("A form cannot show a " + value.getClass().getName() + "; give a String, "
                + "Boolean, Number, Spin JSON or TypedValue");
    }

    @Override
    public void parseConfiguration(Element element, DeploymentEntity deployment, ProcessDefinitionEntity definition,
            BpmnParse parse) {
        standard.parseConfiguration(element, deployment, definition, parse);
    }

    /**
     * Refuses, before anything is stored, every key that is not a field of the task's deployed form: a client could
     * otherwise send {@code unit}, {@code voteRound} or a deadline and have a listener take it for the task's context.
     */
    @Override
    public void submitFormVariables(VariableMap properties, VariableScope task) {
        Set<String> allowed = formFields.of((TaskEntity) task);
        List<FieldError> foreign = properties.keySet().stream().filter(name -> !allowed.contains(name)).sorted()
                .map(name -> new FieldError(name, "«" + name + "» không phải là trường của biểu mẫu này; "
                        + "bài nộp chỉ được gồm các trường của biểu mẫu, không lưu gì cả"))
                .toList();
        if (!foreign.isEmpty()) {
            throw new InvalidSubmissionException(foreign);
        }
        for (String name : properties.keySet()) {
            task.setVariableLocal(name, transientCopy(properties.getValueTyped(name)));
        }
    }

    static TypedValue transientCopy(TypedValue value) {
        if (value == null) {
            return Variables.untypedNullValue(true);
        }
        if (value.isTransient()) {
            return value;
        }
        if (value instanceof ObjectValue object && !object.isDeserialized()) {
            // Tasklist sends a checklist as a serialized object when its options variable is one: read JSON as JSON;
            // never deserialize a Java object a client sent
            String text = object.getValueSerialized();
            if (Variables.SerializationDataFormats.JSON.getName().equals(object.getSerializationDataFormat()) && text != null) {
                try {
                    return Variables.untypedValue(Spin.JSON(text), true);
                } catch (RuntimeException notJson) {
                    // the listener's validation reports the field as not a list
                }
            }
            return Variables.stringValue(text, true);
        }
        return Variables.untypedValue(value.getValue(), true);
    }
}
