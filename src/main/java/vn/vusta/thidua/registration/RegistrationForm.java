package vn.vusta.thidua.registration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;

import vn.vusta.thidua.reference.FieldsOfWork;
import vn.vusta.thidua.workflow.FormNumber;
import vn.vusta.thidua.workflow.FormValues;

/**
 * The fields of form {@code register-targets} (forms/register-targets.form) and their server-side validation.
 * The BPMN declares them as input parameters of the task, so each unit's values stay local to its task.
 */
final class RegistrationForm {

    static final String AIM_FLAG = "aimFlag";
    static final String AIM_MERIT = "aimMerit";
    static final String COVENANT = "covenantAccepted";
    static final String RETURN_REASON = "returnReason";
    static final int NOTE_LENGTH = 300;
    static final BigDecimal MAX_TARGET = new BigDecimal("1000000");

    private RegistrationForm() {
    }

    static String target(int field) {
        return "target" + field;
    }

    static String note(int field) {
        return "targetNote" + field;
    }

    /** Reads and checks a submission; throws with one message per bad field, so nothing half-valid is stored. */
    static Submission read(VariableScope scope) {
        FormValues form = new FormValues(scope);
        List<Registration.Target> targets = new ArrayList<>();
        for (int field = 1; field <= FieldsOfWork.COUNT; field++) {
            String label = "Chỉ tiêu lĩnh vực " + field + " (" + FieldsOfWork.name(field) + ")";
            BigDecimal target = form.number(target(field), label, BigDecimal.ZERO, MAX_TARGET);
            String note = form.text(note(field), "Mô tả chỉ tiêu lĩnh vực " + field, NOTE_LENGTH, false);
            targets.add(new Registration.Target(field, target, note));
        }
        boolean flag = form.checkbox(AIM_FLAG, "Phấn đấu Cờ thi đua");
        boolean merit = form.checkbox(AIM_MERIT, "Phấn đấu Bằng khen");
        boolean covenant = form.checkbox(COVENANT, "Ký giao ước thi đua");
        if (!covenant) {
            form.reject(COVENANT, "Ký giao ước thi đua: đơn vị phải đồng ý giao ước để đăng ký");
        }
        form.throwIfInvalid();
        return new Submission(targets, flag, merit, covenant);
    }

    /** The values to show in the form: empty for a first registration, the last version for a correction. */
    static Map<String, Object> prefill(Registration previous, String returnReason) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int field = 1; field <= FieldsOfWork.COUNT; field++) {
            Registration.Target target = previous == null ? null : previous.targets().get(field - 1);
            values.put(target(field), target == null ? null : FormNumber.shown(target.target()));
            values.put(note(field), target == null ? null : target.description());
        }
        if (previous != null) {
            values.put(AIM_FLAG, previous.aimFlag());
            values.put(AIM_MERIT, previous.aimMerit());
            values.put(COVENANT, previous.covenantAccepted());
        }
        values.put(RETURN_REASON, returnReason);
        return values;
    }

    record Submission(List<Registration.Target> targets, boolean aimFlag, boolean aimMerit, boolean covenantAccepted) {
    }
}
