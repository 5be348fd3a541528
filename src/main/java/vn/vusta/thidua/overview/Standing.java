package vn.vusta.thidua.overview;

import java.time.Instant;

import vn.vusta.thidua.cycle.UnitStatus;

/** Where a unit stands in one phase, as the overview shows it. */
enum Standing {
    SUBMITTED("Đã nộp"),
    SUBMITTED_LATE("Nộp trễ hạn"),
    OPEN("Đang thực hiện"),
    RETURNED("Trả lại để sửa"),
    OVERDUE("Quá hạn, chưa nộp"),
    EXTENDED("Gia hạn"),
    CLOSED("Không nộp đúng hạn");

    private final String label;

    Standing(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    boolean submitted() {
        return this == SUBMITTED || this == SUBMITTED_LATE;
    }

    boolean late() {
        return this == SUBMITTED_LATE || this == OVERDUE;
    }

    /**
     * As the unit's record says ({@link UnitStatus#timeliness}): closed without a submission ({@code NOT_SUBMITTED},
     * or {@code CLOSED} for a unit that left) is {@link #CLOSED}, "không nộp đúng hạn" as in every report; an extended
     * deadline that has not passed is {@link #EXTENDED}.
     */
    static Standing of(UnitStatus status, Instant now) {
        boolean overdue = status.late() || (status.dueAt() != null && now.isAfter(status.dueAt()));
        return switch (status.status()) {
            case SUBMITTED -> status.late() ? SUBMITTED_LATE : SUBMITTED;
            case OPEN -> overdue ? OVERDUE : OPEN;
            case RETURNED -> overdue ? OVERDUE : RETURNED;
            case EXTENDED -> overdue ? OVERDUE : EXTENDED;
            case NOT_SUBMITTED, CLOSED -> CLOSED;
        };
    }
}
