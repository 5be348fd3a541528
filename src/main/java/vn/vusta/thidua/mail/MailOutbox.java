package vn.vusta.thidua.mail;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code mail_outbox} table: mails are queued in the caller's transaction, claimed by one node at a time, marked
 * sent or failed, and every change of status is appended to {@code mail_outbox_event}.
 */
@Component
class MailOutbox {

    /** One claimed mail, ready to send; {@code token} identifies this claim. */
    record Claimed(long id, String address, String subject, String text, String html, int attempt, String token) {
    }

    record Event(Instant occurredAt, MailStatus status, int attempt, String actor, String detail) {
    }

    private static final String DUE = "(status = 'PENDING' AND next_attempt_at <= ?) OR (status = 'SENDING' AND claimed_until < ?)";
    private static final int ERROR_LENGTH = 1000;
    private static final RowMapper<OutboxMail> MAIL = (rs, i) -> new OutboxMail(rs.getLong("id"),
            MailKind.valueOf(rs.getString("kind")), rs.getString("business_key"), rs.getString("task_id"),
            rs.getString("recipient_user"), rs.getString("recipient_group"), rs.getString("address"),
            rs.getString("subject"), MailStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
            instant(rs, "next_attempt_at"), rs.getString("last_error"), instant(rs, "created_at"), instant(rs, "sent_at"),
            rs.getString("claimed_by"));

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    MailOutbox(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Queues the content for each recipient, once per address (a person found in two groups gets one mail), in the
     * caller's transaction; a group without any address is kept as one {@link MailStatus#NO_ADDRESS} row.
     */
    void queue(MailContent content, Collection<Recipient> recipients, String signature) {
        Set<String> seen = new HashSet<>();
        for (Recipient recipient : recipients) {
            if (seen.add(recipient.identity())) {
                insert(content, recipient, MailBody.of(content, recipient, signature));
            }
        }
    }

    boolean hasMailForTask(String taskId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE task_id = ?", Integer.class, taskId) > 0;
    }

    /**
     * Claims up to {@code limit} due mails for this node in one short transaction: rows another node holds locked
     * are skipped, and the conditional update makes a row claimed by exactly one node even without the lock.
     * A row whose claim has expired (its node died while sending) is due again.
     */
    List<Claimed> claim(String node, int limit, Instant claimedUntil) {
        return transaction.execute(status -> {
            Timestamp now = Timestamp.from(clock.instant());
            List<Long> ids = jdbc.queryForList("SELECT id FROM mail_outbox WHERE " + DUE
                    + " ORDER BY id FETCH FIRST ? ROWS ONLY FOR UPDATE SKIP LOCKED", Long.class, now, now, limit);
            List<Claimed> claimed = new ArrayList<>();
            for (long id : ids) {
                String token = UUID.randomUUID().toString();
                String previous = jdbc.query("SELECT claimed_by FROM mail_outbox WHERE id = ?",
                        rs -> rs.next() ? rs.getString(1) : null, id);
                int updated = jdbc.update("UPDATE mail_outbox SET status = 'SENDING', attempts = attempts + 1, claimed_by = ?,"
                        + " claim_token = ?, claimed_until = ? WHERE id = ? AND (" + DUE + ")",
                        node, token, Timestamp.from(claimedUntil), id, now, now);
                if (updated == 1) {
                    Claimed mail = jdbc.queryForObject("SELECT * FROM mail_outbox WHERE id = ?", (rs, i) -> new Claimed(
                            rs.getLong("id"), rs.getString("address"), rs.getString("subject"), rs.getString("body_text"),
                            rs.getString("body_html"), rs.getInt("attempts"), token), id);
                    event(id, MailStatus.SENDING, mail.attempt(), node,
                            previous == null ? null : "tiếp nhận từ " + previous + " (hết hạn giữ)");
                    claimed.add(mail);
                }
            }
            return claimed;
        });
    }

    /** Marks the claimed mail sent; false if its claim had expired and another node took it over meanwhile. */
    boolean sent(Claimed mail, String node) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            int updated = jdbc.update("UPDATE mail_outbox SET status = 'SENT', sent_at = ?, last_error = NULL,"
                    + " claimed_by = NULL, claim_token = NULL, claimed_until = NULL WHERE id = ? AND claim_token = ?",
                    Timestamp.from(clock.instant()), mail.id(), mail.token());
            event(mail.id(), MailStatus.SENT, mail.attempt(), node, null);
            return updated == 1;
        }));
    }

    /** Records a failed attempt: pending again at {@code retryAt}, or failed for good when {@code retryAt} is null. */
    void failed(Claimed mail, String node, String error, Instant retryAt) {
        MailStatus next = retryAt == null ? MailStatus.FAILED : MailStatus.PENDING;
        String detail = error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error;
        transaction.executeWithoutResult(status -> {
            jdbc.update("UPDATE mail_outbox SET status = ?, next_attempt_at = ?, last_error = ?, claimed_by = NULL,"
                    + " claim_token = NULL, claimed_until = NULL WHERE id = ? AND claim_token = ?", next.name(),
                    Timestamp.from(retryAt == null ? clock.instant() : retryAt), detail, mail.id(), mail.token());
            event(mail.id(), next, mail.attempt(), node, detail);
        });
    }

    /**
     * A failed or pending mail is due again now, with a fresh series of attempts; false if it is not in such a state
     * (sent, being sent, or without an address).
     */
    boolean retry(long id, String actor) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            int updated = jdbc.update("UPDATE mail_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = ?"
                    + " WHERE id = ? AND status IN ('FAILED', 'PENDING')", Timestamp.from(clock.instant()), id);
            if (updated == 1) {
                event(id, MailStatus.PENDING, 0, actor, "gửi lại theo yêu cầu");
            }
            return updated == 1;
        }));
    }

    List<OutboxMail> list(Collection<MailStatus> statuses, int limit) {
        return new NamedParameterJdbcTemplate(jdbc).query(
                "SELECT * FROM mail_outbox WHERE status IN (:statuses) ORDER BY id DESC FETCH FIRST :limit ROWS ONLY",
                new MapSqlParameterSource("statuses", statuses.stream().map(Enum::name).toList()).addValue("limit", limit),
                MAIL);
    }

    Optional<OutboxMail> find(long id) {
        return jdbc.query("SELECT * FROM mail_outbox WHERE id = ?", MAIL, id).stream().findFirst();
    }

    String textOf(long id) {
        return jdbc.queryForObject("SELECT body_text FROM mail_outbox WHERE id = ?", String.class, id);
    }

    List<Event> history(long id) {
        return jdbc.query("SELECT * FROM mail_outbox_event WHERE mail_id = ? ORDER BY id", (rs, i) -> new Event(
                instant(rs, "occurred_at"), MailStatus.valueOf(rs.getString("status")), rs.getInt("attempt"),
                rs.getString("actor"), rs.getString("detail")), id);
    }

    private void insert(MailContent content, Recipient recipient, MailBody body) {
        Timestamp now = Timestamp.from(clock.instant());
        MailStatus status = recipient.reachable() ? MailStatus.PENDING : MailStatus.NO_ADDRESS;
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO mail_outbox (kind, business_key, task_id, recipient_user, recipient_group, address, subject,
                        body_text, body_html, status, attempts, next_attempt_at, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""", new String[] {"id"});
            insert.setString(1, content.kind().name());
            insert.setString(2, content.businessKey());
            insert.setString(3, content.taskId());
            insert.setString(4, recipient.userId());
            insert.setString(5, recipient.group());
            insert.setString(6, recipient.address());
            insert.setString(7, content.subject());
            insert.setString(8, body.text());
            insert.setString(9, body.html());
            insert.setString(10, status.name());
            insert.setTimestamp(11, now);
            insert.setTimestamp(12, now);
            return insert;
        }, key);
        event(key.getKey().longValue(), status, 0, "thidua", recipient.reachable() ? null
                : recipient.userId() != null ? "người dùng " + recipient.userId() + " chưa có địa chỉ e-mail"
                : "không có người dùng nào của nhóm " + recipient.group() + " có địa chỉ e-mail");
    }

    private void event(long mailId, MailStatus status, int attempt, String actor, String detail) {
        jdbc.update("INSERT INTO mail_outbox_event (mail_id, occurred_at, status, attempt, actor, detail) VALUES (?, ?, ?, ?, ?, ?)",
                mailId, Timestamp.from(clock.instant()), status.name(), attempt, actor, detail);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
