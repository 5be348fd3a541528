package vn.vusta.thidua.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;

class TransientFormValuesTest {

    @Test
    void everyCopyIsTransientAndKeepsItsValue() {
        assertTransient(TransientFormValues.transientCopy(Variables.longValue(42L)), 42L);
        assertTransient(TransientFormValues.transientCopy(Variables.stringValue("ghi chú")), "ghi chú");
        assertTransient(TransientFormValues.transientCopy(Variables.booleanValue(true)), true);
        assertTransient(TransientFormValues.transientCopy(null), null);
    }

    @Test
    void aChecklistSentAsJsonOrAsASerializedJsonObjectArrivesAsJson() {
        TypedValue json = TransientFormValues.transientCopy(SpinValues.jsonValue("[\"vinh-long\"]").create());
        assertThat(json.isTransient()).isTrue();
        assertThat(((SpinJsonNode) json.getValue()).elements()).extracting(SpinJsonNode::stringValue).containsExactly("vinh-long");

        // what Tasklist sends when the checklist's options variable is a serialized object
        TypedValue object = TransientFormValues.transientCopy(Variables.serializedObjectValue("[\"vinh-long\",\"an-giang\"]")
                .objectTypeName("java.util.ArrayList").serializationDataFormat("application/json").create());
        assertThat(object.isTransient()).isTrue();
        assertThat(((SpinJsonNode) object.getValue()).elements()).extracting(SpinJsonNode::stringValue)
                .containsExactly("vinh-long", "an-giang");
    }

    @Test
    void aSerializedObjectIsNeverDeserializedAsJava() {
        TypedValue javaObject = TransientFormValues.transientCopy(Variables.serializedObjectValue("rO0ABXQAAXg=")
                .objectTypeName("java.lang.String").serializationDataFormat("application/x-java-serialized-object").create());
        assertTransient(javaObject, "rO0ABXQAAXg=");

        TypedValue badJson = TransientFormValues.transientCopy(Variables.serializedObjectValue("[not json")
                .objectTypeName("java.util.ArrayList").serializationDataFormat("application/json").create());
        assertTransient(badJson, "[not json");
    }

    private static void assertTransient(TypedValue value, Object expected) {
        assertThat(value.isTransient()).isTrue();
        assertThat(value.getValue()).isEqualTo(expected);
    }
}
