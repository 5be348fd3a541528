package vn.vusta.thidua.reference;

/** What an accepted import did: lines read and records inserted or changed. */
public record ImportSummary(ReferenceKind kind, int lines, int changed) {
}
