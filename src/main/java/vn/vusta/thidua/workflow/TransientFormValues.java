package vn.vusta.thidua.workflow;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

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

    TransientFormValues(TaskFormHandler standard) {
        this.standard = standard;
    }

    @Override
    public TaskFormData createTaskForm(TaskEntity task) {
        return standard.createTaskForm(task);
    }

    @Override
    public void parseConfiguration(Element element, DeploymentEntity deployment, ProcessDefinitionEntity definition,
            BpmnParse parse) {
        standard.parseConfiguration(element, deployment, definition, parse);
    }

    @Override
    public void submitFormVariables(VariableMap properties, VariableScope task) {
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
            // a serialized object (no form sends one): keep its text, never deserialize what a client sent
            return Variables.stringValue(object.getValueSerialized(), true);
        }
        return Variables.untypedValue(value.getValue(), true);
    }
}
