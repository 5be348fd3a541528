package vn.vusta.thidua.cycle;

import java.time.Instant;

/** Where one member unit stands in one phase. */
public record UnitStatus(String province, Phase phase, Status status, boolean late, Instant dueAt, Instant remindedAt,
        Instant escalatedAt, Instant submittedAt, int submissions, String returnReason) {

    public enum Status { OPEN, SUBMITTED, RETURNED }
}
