package vn.vusta.thidua.cycle;

import java.time.Instant;

/** Where one member unit stands in one phase. */
public record UnitStatus(String province, Phase phase, Status status, boolean late, Instant dueAt, Instant remindedAt,
        Instant escalatedAt, Instant submittedAt, int submissions, String returnReason, String closedReason) {

    /** {@code CLOSED}: the unit's task was closed without a submission (merged away, left the cluster). */
    public enum Status { OPEN, SUBMITTED, RETURNED, CLOSED }
}
