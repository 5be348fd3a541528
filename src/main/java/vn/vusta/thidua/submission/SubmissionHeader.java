package vn.vusta.thidua.submission;

import java.time.Instant;

/** What every version of a unit's submission carries, whatever its phase (see {@link Submission}). */
public record SubmissionHeader(String businessKey, String province, int version, String submittedBy,
        Instant submittedAt, boolean late, String taskId) {
}
