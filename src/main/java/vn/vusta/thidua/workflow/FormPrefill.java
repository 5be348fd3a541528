package vn.vusta.thidua.workflow;

import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.spin.DataFormats;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.spi.DataFormat;

/**
 * What a task's form shows when it opens (a unit's registered targets, its last version, the head's reason for
 * returning it), read from the domain tables at that moment instead of being copied into engine variables when the
 * task is created. Served by {@link TransientFormValues} to {@code GET /task/{id}/form-variables}, ahead of any
 * variable of the same name. Null values are left out.
 */
public interface FormPrefill {

    /** The user tasks ({@code Task_…} ids) whose forms this fills. */
    Set<String> taskDefinitionKeys();

    Map<String, Object> values(DelegateTask task);

    /**
     * A list or map for a form, serialized as the engine stores a JSON object variable: Tasklist asks for form
     * variables with {@code deserializeValues=false}, parses the text, and sends a checklist back with the type of
     * its options variable.
     */
    static ObjectValue json(Object value) {
        DataFormat<SpinJsonNode> format = DataFormats.json();
        return Variables.serializedObjectValue(Spin.JSON(value).toString())
                .serializationDataFormat(Variables.SerializationDataFormats.JSON)
                .objectTypeName(format.getMapper().getCanonicalTypeName(value)).create();
    }
}
