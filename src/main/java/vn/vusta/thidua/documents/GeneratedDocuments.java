package vn.vusta.thidua.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The generated documents of cycles (table generated_document); rows are only ever inserted. */
@Repository
class GeneratedDocuments {

    private static final String META = "id, business_key, kind, version, format, size_bytes, sha256, created_at, created_by";

    private final JdbcTemplate jdbc;

    GeneratedDocuments(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    int nextVersion(String businessKey, DocumentKind kind) {
        Integer last = jdbc.queryForObject("SELECT MAX(version) FROM generated_document WHERE business_key = ? AND kind = ?",
                Integer.class, businessKey, kind.name());
        return last == null ? 1 : last + 1;
    }

    void insert(String businessKey, DocumentKind kind, int version, DocumentFormat format, byte[] content, String sha256,
            Instant at, String by) {
        jdbc.update("""
                INSERT INTO generated_document (business_key, kind, version, format, content, size_bytes, sha256,
                    created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", businessKey, kind.name(), version,
                format.name(), content, content.length, sha256, Timestamp.from(at), by);
    }

    /** Every version of every document of the cycle, by kind and newest first. */
    List<StoredDocument> of(String businessKey) {
        return jdbc.query("SELECT " + META + " FROM generated_document WHERE business_key = ? ORDER BY kind, version DESC, format",
                this::map, businessKey);
    }

    /** The given version, or the latest when {@code version} is null. */
    Optional<StoredDocument> find(String businessKey, DocumentKind kind, DocumentFormat format, Integer version) {
        return jdbc.query("SELECT " + META + """
                 FROM generated_document WHERE business_key = ? AND kind = ? AND format = ? AND (? IS NULL OR version = ?)
                ORDER BY version DESC FETCH FIRST 1 ROWS ONLY""", this::map, businessKey, kind.name(), format.name(),
                version, version).stream().findFirst();
    }

    byte[] content(long id) {
        return jdbc.queryForObject("SELECT content FROM generated_document WHERE id = ?", (rs, i) -> rs.getBytes(1), id);
    }

    private StoredDocument map(ResultSet rs, int row) throws SQLException {
        return new StoredDocument(rs.getLong("id"), rs.getString("business_key"), DocumentKind.valueOf(rs.getString("kind")),
                rs.getInt("version"), DocumentFormat.valueOf(rs.getString("format")), rs.getInt("size_bytes"),
                rs.getString("sha256"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
    }
}
