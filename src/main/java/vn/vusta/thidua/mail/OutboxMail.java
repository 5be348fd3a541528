package vn.vusta.thidua.mail;

import java.time.Instant;

/** A queued mail as administrators see it at {@code /api/mail/outbox} (without its body). */
record OutboxMail(long id, MailKind kind, String businessKey, String taskId, String recipientUser,
        String recipientGroup, String address, String subject, MailStatus status, int attempts, Instant nextAttemptAt,
        String lastError, Instant createdAt, Instant sentAt, String claimedBy) {
}
