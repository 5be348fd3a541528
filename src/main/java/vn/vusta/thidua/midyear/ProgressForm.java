package vn.vusta.thidua.midyear;

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
 * The fields of form {@code report-progress} (forms/report-progress.form) and their server-side validation. The
 * registered targets are shown read-only; the server takes them from the registration, never from the submission.
 * The BPMN declares every field as an input parameter of the task, so each unit's values stay local to its task.
 */
final class ProgressForm {

    static final int NOTE_LENGTH = 300;

    private ProgressForm() {
    }

    static String target(int field) {
        return "target" + field;
    }

    static String targetNote(int field) {
        return "targetNote" + field;
    }

    static String progress(int field) {
        return "progress" + field;
    }

    static String note(int field) {
        return "progressNote" + field;
    }

    /** Reads and checks a submission against the unit's registered targets; one message per bad field. */
    static List<ProgressReport.Item> read(VariableScope scope, RegisteredUnit registration) {
        FormValues form = new FormValues(scope);
        List<ProgressReport.Item> items = new ArrayList<>();
        for (int field = 1; field <= FieldsOfWork.COUNT; field++) {
            String label = "Tiến độ lĩnh vực " + field + " (" + FieldsOfWork.name(field) + ", %)";
            BigDecimal progress = form.number(progress(field), label, BigDecimal.ZERO, Completion.FULL);
            String note = form.text(note(field), "Ghi chú tiến độ lĩnh vực " + field, NOTE_LENGTH, false);
            items.add(new ProgressReport.Item(field, target(registration, field), progress, note));
        }
        form.throwIfInvalid();
        return items;
    }

    /** The registered targets to show, and the unit's last report if it has one. Numbers as the form's text fields show them ("12,5"). */
    static Map<String, Object> prefill(RegisteredUnit registration, ProgressReport previous) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int field = 1; field <= FieldsOfWork.COUNT; field++) {
            ProgressReport.Item last = previous == null ? null : previous.items().get(field - 1);
            values.put(target(field), FormNumber.shown(target(registration, field)));
            values.put(targetNote(field), registration == null ? null : registration.targets().get(field - 1).description());
            values.put(progress(field), last == null ? null : FormNumber.shown(last.progress()));
            values.put(note(field), last == null ? null : last.note());
        }
        return values;
    }

    /** A unit without a registration has no target in any field (it counts as complete, see {@link Completion}). */
    private static BigDecimal target(RegisteredUnit registration, int field) {
        return registration == null ? BigDecimal.ZERO : registration.targets().get(field - 1).target();
    }
}
