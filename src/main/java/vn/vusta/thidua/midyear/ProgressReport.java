package vn.vusta.thidua.midyear;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import vn.vusta.thidua.submission.Submission;

/** One submission of a unit's mid-year progress report; a re-submission is the next version. */
public record ProgressReport(String businessKey, String province, int version, List<Item> items, String submittedBy,
        Instant submittedAt, boolean late, String taskId) implements Submission {

    /** One field of work: the registered target (copied when reporting), the progress towards it in percent, a note. */
    public record Item(int field, BigDecimal target, BigDecimal progress, String note) {
    }
}
