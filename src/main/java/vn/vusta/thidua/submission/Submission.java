package vn.vusta.thidua.submission;

import java.time.Instant;

/**
 * One version of a unit's submission in a phase (a registration, a progress report, a result report): which cycle
 * and unit, its version (a correction or re-submission is the next one), who submitted it and when, whether it was
 * late, and the task it came from.
 */
public interface Submission {

    String businessKey();

    String province();

    int version();

    String submittedBy();

    Instant submittedAt();

    boolean late();

    String taskId();
}
