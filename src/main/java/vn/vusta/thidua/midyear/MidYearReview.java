package vn.vusta.thidua.midyear;

import java.time.Instant;
import java.time.LocalDate;

/** The head's record of the cluster's mid-year review meeting. */
public record MidYearReview(String businessKey, LocalDate meetingDate, String place, String remarks, String recordedBy,
        Instant recordedAt, String taskId) {
}
