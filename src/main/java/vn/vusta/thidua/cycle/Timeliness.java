package vn.vusta.thidua.cycle;

/**
 * How a unit kept a phase's deadline, with the words every report, document and export uses ({@link UnitStatus}).
 * A unit whose phase was closed without its submission did "không nộp đúng hạn"; in the vote, "không tham dự".
 */
public enum Timeliness {
    PENDING("chưa nộp, còn hạn"),
    ON_TIME("đúng hạn"),
    LATE("trễ hạn"),
    EXTENDED("gia hạn"),
    NOT_SUBMITTED("không nộp đúng hạn"),
    LEFT("rời cụm");

    private final String label;

    Timeliness(String label) {
        this.label = label;
    }

    public String label(Phase phase) {
        return this == NOT_SUBMITTED && phase == Phase.VOTE ? "không tham dự" : label;
    }
}
