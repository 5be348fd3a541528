package vn.vusta.thidua.cycle;

import java.time.Instant;

/** Where one member unit stands in one phase. */
public record UnitStatus(String province, Phase phase, Status status, boolean late, Instant dueAt, Instant remindedAt,
        Instant escalatedAt, Instant submittedAt, int submissions, String returnReason, String closedReason,
        Instant extendedTo, String extensionReason) {

    /**
     * {@code EXTENDED}: the head gave the unit its own deadline ({@code extendedTo}), not yet submitted;
     * {@code NOT_SUBMITTED}: after the deadline the head (or VUSTA's office) closed the phase for the unit without its
     * submission; {@code CLOSED}: the unit's task was closed because the unit left the cluster (merged away, moved).
     */
    public enum Status { OPEN, SUBMITTED, RETURNED, EXTENDED, NOT_SUBMITTED, CLOSED }

    /** How the unit kept the phase's deadline, as every report shows it. */
    public Timeliness timeliness(Instant now) {
        return switch (status) {
            case CLOSED -> Timeliness.LEFT;
            case NOT_SUBMITTED -> Timeliness.NOT_SUBMITTED;
            case SUBMITTED -> late ? Timeliness.LATE : extendedTo != null ? Timeliness.EXTENDED : Timeliness.ON_TIME;
            case EXTENDED -> extendedTo != null && now.isAfter(extendedTo) ? Timeliness.LATE : Timeliness.EXTENDED;
            case OPEN, RETURNED -> late || (dueAt != null && now.isAfter(dueAt)) ? Timeliness.LATE : Timeliness.PENDING;
        };
    }
}
