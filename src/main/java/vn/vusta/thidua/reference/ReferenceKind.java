package vn.vusta.thidua.reference;

import java.util.List;

/** The kinds of reference CSV an administrator can import, with their required and optional columns. */
public enum ReferenceKind {
    PROVINCES(List.of("gso_code", "code", "name"), List.of()),
    CLUSTERS(List.of("cluster", "name", "province_code", "valid_from"), List.of("valid_to", "source")),
    HEADS(List.of("cluster", "year", "head"), List.of("deputy", "source")),
    MERGERS(List.of("successor_code", "merged_province_code", "effective"), List.of("successor_name")),
    RENAMES(List.of("province_code", "name", "effective"), List.of("source")),
    SUPERVISORS(List.of("cluster", "user_id", "from_year"), List.of("to_year", "name", "source"));

    private final List<String> required;
    private final List<String> optional;

    ReferenceKind(List<String> required, List<String> optional) {
        this.required = required;
        this.optional = optional;
    }

    List<String> required() {
        return required;
    }

    boolean knows(String column) {
        return required.contains(column) || optional.contains(column);
    }
}
