package vn.vusta.thidua.council;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.VariableScope;

import vn.vusta.thidua.engine.EngineClock;
import vn.vusta.thidua.workflow.FormValues;

/**
 * The fields of form {@code sign-decision} (forms/sign-decision.form) and their server-side validation: the decision
 * number as printed on a decision (e.g. {@code 125/QĐ-LHHVN}) and its date, which cannot be in the future nor
 * before the year being rewarded.
 */
final class DecisionForm {

    static final String NUMBER = "decisionNumber";
    static final String DATE = "decisionDate";
    static final int NUMBER_LENGTH = 50;
    /** number, optionally /year, then /QĐ-issuer, e.g. 125/QĐ-LHHVN or 12/2024/QĐ-LHHVN; same as the form's pattern */
    static final Pattern NUMBER_PATTERN = Pattern.compile("^[0-9]{1,6}(/[0-9]{4})?/QĐ-[A-ZĐ0-9]+(-[A-ZĐ0-9]+)*$");

    private DecisionForm() {
    }

    record Submission(String number, LocalDate date) {
    }

    static Submission read(VariableScope scope, int year, LocalDate today) {
        FormValues form = new FormValues(scope);
        String number = form.text(NUMBER, "Số quyết định", NUMBER_LENGTH, true);
        if (number != null && !NUMBER_PATTERN.matcher(number).matches()) {
            number = form.reject(NUMBER, "Số quyết định: không đúng dạng số/QĐ-cơ quan ban hành, ví dụ 125/QĐ-LHHVN"
                    + " (nhận được '" + number + "')");
        }
        LocalDate date = date(form, scope.getVariableLocal(DATE));
        if (date != null && date.isAfter(today)) {
            date = form.reject(DATE, "Ngày quyết định: không được sau hôm nay (" + today + ")");
        } else if (date != null && date.getYear() < year) {
            date = form.reject(DATE, "Ngày quyết định: không được trước năm thi đua " + year);
        }
        form.throwIfInvalid();
        return new Submission(number, date);
    }

    private static LocalDate date(FormValues form, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            return form.reject(DATE, "Ngày quyết định: bắt buộc nhập");
        }
        if (value instanceof Date d) {
            return d.toInstant().atZone(EngineClock.VIETNAM).toLocalDate();
        }
        try {
            return LocalDate.parse(value.toString().strip());
        } catch (DateTimeParseException e) {
            return form.reject(DATE, "Ngày quyết định: phải là ngày dạng yyyy-MM-dd (nhận được '" + value + "')");
        }
    }
}
