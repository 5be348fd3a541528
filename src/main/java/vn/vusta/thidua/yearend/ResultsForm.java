package vn.vusta.thidua.yearend;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;

import vn.vusta.thidua.reference.FieldsOfWork;
import vn.vusta.thidua.submission.RegisteredUnit;
import vn.vusta.thidua.workflow.FormNumber;
import vn.vusta.thidua.workflow.FormValues;

/**
 * The fields of form {@code report-results} (forms/report-results.form) and their server-side validation. The
 * registered targets are shown read-only; the server takes them from the registration, never from the submission.
 * The BPMN declares every field as an input parameter of the task, so each unit's values stay local to its task.
 */
final class ResultsForm {

    static final String ACHIEVEMENTS = "achievements";
    static final String RETURN_REASON = "returnReason";
    static final int NOTE_LENGTH = 300;
    static final int ACHIEVEMENTS_LENGTH = 4000;
    static final BigDecimal MAX_RESULT = new BigDecimal("1000000");

    private ResultsForm() {
    }

    static String target(int field) {
        return "target" + field;
    }

    static String targetNote(int field) {
        return "targetNote" + field;
    }

    static String result(int field) {
        return "result" + field;
    }

    static String note(int field) {
        return "resultNote" + field;
    }

    record Submission(List<ResultReport.Item> items, String achievements) {
    }

    /** Reads and checks a submission against the unit's registered targets; one message per bad field. */
    static Submission read(VariableScope scope, RegisteredUnit registration) {
        FormValues form = new FormValues(scope);
        List<ResultReport.Item> items = new ArrayList<>();
        for (int field = 1; field <= FieldsOfWork.COUNT; field++) {
            String label = "Kết quả lĩnh vực " + field + " (" + FieldsOfWork.name(field) + ")";
            BigDecimal result = form.number(result(field), label, BigDecimal.ZERO, MAX_RESULT);
            String note = form.text(note(field), "Ghi chú kết quả lĩnh vực " + field, NOTE_LENGTH, false);
            items.add(new ResultReport.Item(field, target(registration, field), result, note));
        }
        String achievements = form.text(ACHIEVEMENTS, "Thành tích nổi bật", ACHIEVEMENTS_LENGTH, true);
        form.throwIfInvalid();
        return new Submission(items, achievements);
    }

    /**
     * The values to show: the registered targets, and for a correction the last version and the head's reason.
     * Numbers as the form's text fields show them ("12,5").
     */
    static Map<String, Object> prefill(RegisteredUnit registration, ResultReport previous, String returnReason) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int field = 1; field <= FieldsOfWork.COUNT; field++) {
            ResultReport.Item last = previous == null ? null : previous.items().get(field - 1);
            values.put(target(field), FormNumber.shown(target(registration, field)));
            values.put(targetNote(field), registration == null ? null : registration.targets().get(field - 1).description());
            values.put(result(field), last == null ? null : FormNumber.shown(last.result()));
            values.put(note(field), last == null ? null : last.note());
        }
        values.put(ACHIEVEMENTS, previous == null ? null : previous.achievements());
        values.put(RETURN_REASON, returnReason);
        return values;
    }

    /** A unit without a registration has no target in any field (a zero target scores as achieved, see RuleBook). */
    private static BigDecimal target(RegisteredUnit registration, int field) {
        return registration == null ? BigDecimal.ZERO : registration.targets().get(field - 1).target();
    }
}
