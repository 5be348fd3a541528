package vn.vusta.thidua.council;

import java.util.Arrays;
import java.util.List;

/**
 * What the council's office names as wrong when it returns a dossier, and what the head re-opens to correct it
 * ({@code check-dossier}, {@code correct-dossier}).
 */
enum DossierSubject {
    MINUTES("Biên bản họp bình xét, Tờ trình", false),
    RESULTS("Số liệu tổng kết năm của một đơn vị", true),
    ACHIEVEMENT("Báo cáo thành tích của một đơn vị được đề nghị", true),
    OTHER("Nội dung khác", false);

    private final String label;
    private final boolean namesUnit;

    DossierSubject(String label, boolean namesUnit) {
        this.label = label;
        this.namesUnit = namesUnit;
    }

    String label() {
        return label;
    }

    /** Whether it concerns one unit, which must then be named. */
    boolean namesUnit() {
        return namesUnit;
    }

    static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
