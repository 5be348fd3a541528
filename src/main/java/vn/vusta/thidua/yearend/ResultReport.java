package vn.vusta.thidua.yearend;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import vn.vusta.thidua.submission.Submission;

/** One submission of a unit's year-end results; a correction is the next version. */
public record ResultReport(String businessKey, String province, int version, List<Item> items, String achievements,
        String submittedBy, Instant submittedAt, boolean late, String taskId) implements Submission {

    /** One field of work: the registered target (copied when reporting), the result reached, a note. */
    public record Item(int field, BigDecimal target, BigDecimal result, String note) {
    }
}
