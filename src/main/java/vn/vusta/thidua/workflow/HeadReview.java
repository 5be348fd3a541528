package vn.vusta.thidua.workflow;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * What the cluster head's review tasks share (registrations, year-end results): the form's decision to submit,
 * or to return one unit's submission with a reason, and the data the form shows when it opens.
 */
public final class HeadReview {

    public static final String DECISION = "decision";
    public static final String SUBMIT = "submit";
    public static final String RETURN = "return";
    public static final int REASON_LENGTH = 1000;

    /** The head's decision; {@code unit} and {@code reason} are set only when a unit's submission is returned. */
    public record Decision(String decision, String unit, String reason) {

        public boolean returned() {
            return unit != null;
        }
    }

    private HeadReview() {
    }

    /** Reads fields {@code decision}, {@code returnUnit}, {@code returnReason}; refuses a bad one per field. */
    public static Decision read(VariableScope form, List<String> members) {
        FormValues values = new FormValues(form);
        String decision = values.choice(DECISION, "Quyết định", List.of(SUBMIT, RETURN), true);
        String unit = null;
        String reason = null;
        if (RETURN.equals(decision)) {
            unit = values.choice("returnUnit", "Đơn vị trả lại", members, true);
            reason = values.text("returnReason", "Lý do trả lại", REASON_LENGTH, true);
        }
        values.throwIfInvalid();
        return new Decision(decision, unit, reason);
    }

    /** What the review form shows when it opens: a table of the units' submissions and the return select's options. */
    public static Map<String, Object> shown(String tableName, Object table, List<Map<String, String>> memberOptions) {
        return Map.of(tableName, FormJson.serialized(table), "memberOptions", FormJson.serialized(memberOptions));
    }

    /** The options of the form's {@code returnUnit} select: the members with their Vietnamese names. */
    public static List<Map<String, String>> memberOptions(List<String> members, Function<String, String> name) {
        return members.stream().map(code -> Map.of("label", name.apply(code), "value", code)).toList();
    }
}
