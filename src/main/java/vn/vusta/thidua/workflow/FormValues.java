package vn.vusta.thidua.workflow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;
import vn.vusta.thidua.engine.EngineClock;
import vn.vusta.thidua.engine.FieldError;
import vn.vusta.thidua.engine.InvalidSubmissionException;

/**
 * Reads the values a form submitted (Tasklist sends the forms' numbers as text with a decimal comma, lists as Json,
 * dates as strings; REST clients may send numbers) and collects one Vietnamese message per bad field. Call {@link #throwIfInvalid()} before storing.
 */
public class FormValues {

    private static final DateTimeFormatter VIETNAMESE_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final VariableScope scope;
    private final List<FieldError> errors = new ArrayList<>();

    public FormValues(VariableScope scope) {
        this.scope = scope;
    }

    public BigDecimal number(String field, String label, BigDecimal min, BigDecimal max) {
        Object value = scope.getVariableLocal(field);
        if (value == null || (value instanceof String s && s.isBlank())) {
            return reject(field, label + ": bắt buộc nhập");
        }
        BigDecimal number;
        try {
            number = value instanceof Number n ? new BigDecimal(n.toString()) : FormNumber.parse(value.toString());
        } catch (NumberFormatException e) {
            return reject(field, label + ": phải là số, phần thập phân sau dấu phẩy, ví dụ 12,5 (nhận được '" + value + "')");
        }
        if (min != null && number.compareTo(min) < 0) {
            return reject(field, label + ": không được nhỏ hơn " + FormNumber.shown(min));
        }
        if (max != null && number.compareTo(max) > 0) {
            return reject(field, label + ": không được lớn hơn " + FormNumber.shown(max));
        }
        return number;
    }

    public String text(String field, String label, int maxLength, boolean required) {
        Object value = scope.getVariableLocal(field);
        if (value != null && !(value instanceof String)) {
            return reject(field, label + ": phải là văn bản");
        }
        String text = value == null ? "" : ((String) value).strip();
        if (text.isEmpty()) {
            return required ? reject(field, label + ": bắt buộc nhập") : null;
        }
        if (text.length() > maxLength) {
            return reject(field, label + ": tối đa " + maxLength + " ký tự (đang có " + text.length() + ")");
        }
        return text;
    }

    public boolean checkbox(String field, String label) {
        Object value = scope.getVariableLocal(field);
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        reject(field, label + ": phải là có/không");
        return false;
    }

    /** A single choice among allowed values (a select or radio field). */
    public String choice(String field, String label, Collection<String> allowed, boolean required) {
        String value = text(field, label, 100, required);
        if (value != null && !allowed.contains(value)) {
            return reject(field, label + ": giá trị không hợp lệ '" + value + "'");
        }
        return value;
    }

    /** A multiple choice (checklist or taglist), submitted as a Json array or a Java list. */
    public Set<String> choices(String field, String label, Collection<String> allowed) {
        Object value = scope.getVariableLocal(field);
        Set<String> result = new LinkedHashSet<>();
        if (value == null) {
            return result;
        }
        Iterable<?> items;
        if (value instanceof SpinJsonNode json && json.isArray()) {
            items = json.elements().stream().map(e -> e.isString() ? e.stringValue() : e.toString()).toList();
        } else if (value instanceof Collection<?> collection) {
            items = collection;
        } else {
            reject(field, label + ": phải là danh sách");
            return result;
        }
        for (Object item : items) {
            String code = String.valueOf(item);
            if (!allowed.contains(code)) {
                reject(field, label + ": giá trị không hợp lệ '" + code + "'");
            } else if (!result.add(code)) {
                reject(field, label + ": '" + code + "' chọn hai lần");
            }
        }
        return result;
    }

    /**
     * A day between {@code from} and {@code to} (inclusive), as Tasklist's date picker sends it ({@code yyyy-MM-dd},
     * possibly with a time) or as a Java date; an impossible day such as 2024-15-07 is refused, not rolled over.
     */
    public LocalDate date(String field, String label, LocalDate from, LocalDate to) {
        Object value = scope.getVariableLocal(field);
        if (value == null || (value instanceof String s && s.isBlank())) {
            return reject(field, label + ": bắt buộc nhập");
        }
        LocalDate date;
        if (value instanceof Date d) {
            date = d.toInstant().atZone(EngineClock.VIETNAM).toLocalDate();
        } else {
            String text = value.toString().strip();
            try {
                date = LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
            } catch (DateTimeParseException e) {
                return reject(field, label + ": phải là ngày có thật, dạng yyyy-MM-dd (nhận được '" + text + "')");
            }
        }
        if (date.isBefore(from) || date.isAfter(to)) {
            return reject(field, label + ": phải " + range(from, to) + " (nhận được " + VIETNAMESE_DAY.format(date) + ")");
        }
        return date;
    }

    /** The day of a meeting of a cycle's year: in the year, or in the January after it. */
    public LocalDate meetingDate(String field, String label, int year) {
        return date(field, label, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 31));
    }

    private static String range(LocalDate from, LocalDate to) {
        if (from.getDayOfYear() == 1 && to.equals(LocalDate.of(from.getYear() + 1, 1, 31))) {
            return "trong năm " + from.getYear() + " hoặc tháng 1/" + to.getYear();
        }
        return "từ " + VIETNAMESE_DAY.format(from) + " đến " + VIETNAMESE_DAY.format(to);
    }

    public <T> T reject(String field, String message) {
        errors.add(new FieldError(field, message));
        return null;
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException(errors);
        }
    }
}
