package vn.vusta.thidua.reference;

/** The head (cụm trưởng) and deputy (cụm phó) of a cluster in one year; the deputy may be unknown. */
public record ClusterLeadership(int cluster, int year, String headCode, String deputyCode, String source) {
}
