package vn.vusta.thidua.system;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Append-only record of who changed which record, when and how. Nothing here is ever updated or deleted. */
@Component
public class AuditTrail {

    public record Entry(Instant occurredAt, String actor, String action, String subject, String details) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditTrail(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(String actor, String action, String subject, String details) {
        jdbc.update("INSERT INTO audit_log (occurred_at, actor, action, subject, details) VALUES (?, ?, ?, ?, ?)",
                Timestamp.from(clock.instant()), actor, action, subject,
                details == null ? null : details.substring(0, Math.min(details.length(), 4000)));
    }

    public List<Entry> entriesFor(String subjectPrefix) {
        return jdbc.query("SELECT * FROM audit_log WHERE subject LIKE ? ORDER BY id",
                (rs, i) -> new Entry(rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                        rs.getString("action"), rs.getString("subject"), rs.getString("details")),
                subjectPrefix + "%");
    }
}
