package vn.vusta.thidua.documents;

import java.time.Instant;

/** One generated file of a cycle, without its bytes: kind, version (per kind, from 1), format, size and SHA-256. */
public record StoredDocument(long id, String businessKey, DocumentKind kind, int version, DocumentFormat format,
        int size, String sha256, Instant createdAt, String createdBy) {

    /** E.g. {@code minutes-cluster-8-2024-v2.pdf}. */
    public String fileName() {
        return kind.slug() + "-" + businessKey + "-v" + version + "." + format.extension();
    }
}
