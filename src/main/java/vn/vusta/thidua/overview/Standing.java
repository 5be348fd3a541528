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
    CLOSED("Đã đóng, không nộp");

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
     * By the status's name: a status other than open, returned and submitted is a phase closed for the unit without
     * its submission (issue 20), whatever name it gets.
     */
    static Standing of(UnitStatus status, Instant now) {
        String name = status.status().name();
        boolean overdue = status.late() || (status.dueAt() != null && now.isAfter(status.dueAt()));
        return switch (name) {
            case "SUBMITTED" -> status.late() ? SUBMITTED_LATE : SUBMITTED;
            case "OPEN" -> overdue ? OVERDUE : OPEN;
            case "RETURNED" -> overdue ? OVERDUE : RETURNED;
            default -> CLOSED;
        };
    }
}
