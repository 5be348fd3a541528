package vn.vusta.thidua.workflow;

import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.spin.DataFormats;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.spi.DataFormat;
import vn.vusta.thidua.engine.FormPrefill;

/** A list or map that a form shows (a table, a select's or checklist's options), as a JSON object value. */
public final class FormJson {

    private FormJson() {
    }

    /** To store as a variable: the engine serializes it to JSON when it writes the variable. */
    public static ObjectValue stored(Object value) {
        return Variables.objectValue(value).serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
    }

    /**
     * Already serialized, as the engine hands a stored JSON variable to a form: Tasklist asks for form variables with
     * {@code deserializeValues=false}, parses the text, and sends a checklist back with the type of its options
     * variable. For values computed when a form opens ({@link FormPrefill}).
     */
    public static ObjectValue serialized(Object value) {
        DataFormat<SpinJsonNode> format = DataFormats.json();
        return Variables.serializedObjectValue(Spin.JSON(value).toString())
                .serializationDataFormat(Variables.SerializationDataFormats.JSON)
                .objectTypeName(format.getMapper().getCanonicalTypeName(value)).create();
    }
}
