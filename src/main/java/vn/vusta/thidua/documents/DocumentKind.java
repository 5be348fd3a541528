package vn.vusta.thidua.documents;

import java.util.Arrays;
import java.util.NoSuchElementException;

/** The documents of a cycle's dossier; {@link #slug()} names them in URLs and files, the template is in documents/. */
public enum DocumentKind {
    /** Biên bản họp bình xét — the head's minutes of the nomination meeting. */
    MINUTES("minutes", "Biên bản họp bình xét"),
    /** Tờ trình — the cluster's proposal to VUSTA's council. */
    PROPOSAL("proposal", "Tờ trình đề nghị khen thưởng"),
    /** Báo cáo tổng kết — the cluster's year-end summary. */
    SUMMARY("summary", "Báo cáo tổng kết"),
    /** Quyết định khen thưởng — the award decision signed by the council's chair. */
    DECISION("decision", "Quyết định khen thưởng"),
    /** Báo cáo thành tích — the achievement report of each proposed nominee, one section per nominee. */
    ACHIEVEMENT("achievement", "Báo cáo thành tích");

    private final String slug;
    private final String label;

    DocumentKind(String slug, String label) {
        this.slug = slug;
        this.label = label;
    }

    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    String template() {
        return "documents/" + slug + ".txt";
    }

    static DocumentKind ofSlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("Không có loại văn bản " + slug));
    }
}
