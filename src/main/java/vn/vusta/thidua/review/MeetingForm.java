package vn.vusta.thidua.review;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;

import vn.vusta.thidua.workflow.EngineClock;
import vn.vusta.thidua.workflow.FormValues;

/**
 * The fields of form {@code record-mid-year-review}: the meeting's date (a date field, submitted as ISO
 * {@code yyyy-MM-dd}), place and remarks, with their server-side validation.
 */
final class MeetingForm {

    static final String MEETING_DATE = "meetingDate";
    static final String PLACE = "meetingPlace";
    static final String REMARKS = "remarks";
    static final String CLUSTER_COMPLETION = "clusterCompletion";
    static final int PLACE_LENGTH = 200;
    static final int REMARKS_LENGTH = 2000;

    private MeetingForm() {
    }

    record Meeting(LocalDate date, String place, String remarks) {
    }

    /** Reads and checks a submission; the meeting must fall in the cycle's year. One message per bad field. */
    static Meeting read(VariableScope scope, int year) {
        FormValues form = new FormValues(scope);
        LocalDate date = date(form, scope.getVariableLocal(MEETING_DATE), year);
        String place = form.text(PLACE, "Địa điểm hội nghị", PLACE_LENGTH, true);
        String remarks = form.text(REMARKS, "Ý kiến, kết luận của hội nghị", REMARKS_LENGTH, false);
        form.throwIfInvalid();
        return new Meeting(date, place, remarks);
    }

    private static LocalDate date(FormValues form, Object value, int year) {
        String label = "Ngày họp sơ kết";
        LocalDate date;
        if (value == null || (value instanceof String s && s.isBlank())) {
            return form.reject(MEETING_DATE, label + ": bắt buộc nhập");
        } else if (value instanceof Date d) {
            date = d.toInstant().atZone(EngineClock.VIETNAM).toLocalDate();
        } else {
            try {
                date = LocalDate.parse(value.toString().strip());
            } catch (DateTimeParseException e) {
                return form.reject(MEETING_DATE, label + ": phải là ngày dạng yyyy-MM-dd (nhận được '" + value + "')");
            }
        }
        if (date.getYear() != year) {
            return form.reject(MEETING_DATE, label + ": phải trong năm " + year);
        }
        return date;
    }
}
