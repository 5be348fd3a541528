package vn.vusta.thidua.cycle;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The phases of a cycle, each run by its own BPMN process. Until December 2026 four of them ran under other process
 * keys ({@link #legacyProcessKeys()}); instances started then keep their key until they end (docs/upgrading.md,
 * "Renamed process keys (2026-12)"), so whatever maps a key to its phase accepts both.
 */
public enum Phase {
    OPENED(null, "Mở chu kỳ"),
    REGISTRATION("registration", "Đăng ký thi đua"),
    MID_YEAR("mid-year", "Sơ kết 6 tháng", "mid-year-review"),
    YEAR_END("year-end", "Tổng kết năm", "year-end-summary"),
    VOTE("vote", "Bình xét, suy tôn", "nomination-vote"),
    COUNCIL("council", "Hội đồng Thi đua – Khen thưởng xét duyệt", "council-approval"),
    DONE(null, "Đã có quyết định khen thưởng");

    private final String processKey;
    private final String label;
    private final List<String> legacyProcessKeys;

    Phase(String processKey, String label, String... legacyProcessKeys) {
        this.processKey = processKey;
        this.label = label;
        this.legacyProcessKeys = List.of(legacyProcessKeys);
    }

    /** The key new instances of this phase run under. */
    public String processKey() {
        return processKey;
    }

    /** Keys this phase ran under before; instances started under them may still be running. */
    public List<String> legacyProcessKeys() {
        return legacyProcessKeys;
    }

    /** The current key and the legacy ones: what to query by to find every instance of this phase. */
    public List<String> allProcessKeys() {
        if (processKey == null) {
            return List.of();
        }
        return Stream.concat(Stream.of(processKey), legacyProcessKeys.stream()).toList();
    }

    public String label() {
        return label;
    }

    /** The phase a process runs, by its current or a legacy key. */
    public static Optional<Phase> ofProcessKey(String key) {
        return Arrays.stream(values()).filter(p -> p.allProcessKeys().contains(key)).findFirst();
    }
}
