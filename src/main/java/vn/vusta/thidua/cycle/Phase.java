package vn.vusta.thidua.cycle;

import java.util.Arrays;
import java.util.Optional;

/** The phases of a cycle, each run by its own BPMN process. */
public enum Phase {
    OPENED(null, "Mở chu kỳ"),
    REGISTRATION("registration", "Đăng ký thi đua"),
    MID_YEAR("mid-year-review", "Sơ kết 6 tháng"),
    YEAR_END("year-end-summary", "Tổng kết năm"),
    VOTE("nomination-vote", "Bình xét, suy tôn"),
    COUNCIL("council-approval", "Hội đồng Thi đua – Khen thưởng xét duyệt"),
    DONE(null, "Đã có quyết định khen thưởng");

    private final String processKey;
    private final String label;

    Phase(String processKey, String label) {
        this.processKey = processKey;
        this.label = label;
    }

    public String processKey() {
        return processKey;
    }

    public String label() {
        return label;
    }

    public static Optional<Phase> ofProcessKey(String key) {
        return Arrays.stream(values()).filter(p -> key.equals(p.processKey)).findFirst();
    }
}
