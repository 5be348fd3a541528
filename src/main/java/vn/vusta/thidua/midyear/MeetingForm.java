package vn.vusta.thidua.midyear;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.VariableScope;

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

    /** Reads and checks a submission; the meeting falls in the cycle's year or the January after. One message per bad field. */
    static Meeting read(VariableScope scope, int year) {
        FormValues form = new FormValues(scope);
        LocalDate date = form.meetingDate(MEETING_DATE, "Ngày họp sơ kết", year);
        String place = form.text(PLACE, "Địa điểm hội nghị", PLACE_LENGTH, true);
        String remarks = form.text(REMARKS, "Ý kiến, kết luận của hội nghị", REMARKS_LENGTH, false);
        form.throwIfInvalid();
        return new Meeting(date, place, remarks);
    }
}
