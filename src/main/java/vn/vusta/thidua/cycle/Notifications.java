package vn.vusta.thidua.cycle;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reminders and escalations addressed to a group, read by its users through {@code GET /api/notifications}; and
 * {@link CycleNotice}s, which the {@code mail} feature sends as e-mails.
 */
@Component
public class Notifications {

    public record Notification(String businessKey, String recipient, String kind, String message, Instant createdAt) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Notifications(JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    public void send(String businessKey, String recipientGroup, String kind, String message) {
        jdbc.update("INSERT INTO notification (business_key, recipient, kind, message, created_at) VALUES (?, ?, ?, ?, ?)",
                businessKey, recipientGroup, kind, message, Timestamp.from(clock.instant()));
    }

    /** Publishes the notice to its listeners at once, in the caller's transaction. */
    public void tell(CycleNotice notice) {
        events.publishEvent(notice);
    }

    public List<Notification> forGroups(Collection<String> groups) {
        if (groups.isEmpty()) {
            return List.of();
        }
        return new NamedParameterJdbcTemplate(jdbc).query(
                "SELECT * FROM notification WHERE recipient IN (:groups) ORDER BY id DESC",
                new MapSqlParameterSource("groups", groups),
                (rs, i) -> new Notification(rs.getString("business_key"), rs.getString("recipient"), rs.getString("kind"),
                        rs.getString("message"), rs.getTimestamp("created_at").toInstant()));
    }
}
