package vn.vusta.thidua.mail;

import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends the due mails of the outbox, batch by batch: claim (a short transaction), send each through SMTP outside any
 * transaction, then mark it sent or failed. A failed attempt is retried after a growing wait
 * ({@link MailSettings#backoff}) until {@code max-attempts}, then the mail is FAILED until someone retries it.
 * <p>
 * Each mail carries a Message-ID made from its outbox id, the same at every attempt. If a node dies after the SMTP
 * server accepted a mail but before the row was marked sent, the mail goes out once more when its claim expires;
 * receivers (and their mail programs) can recognise the copy by that Message-ID.
 */
@Component
class MailDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(MailDispatcher.class);
    private static final int MAX_BATCHES = 50;

    private final MailOutbox outbox;
    private final MailSettings settings;
    private final Clock clock;

    MailDispatcher(MailOutbox outbox, MailSettings settings, Clock clock) {
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    /** Sends what is due now; returns how many mails the SMTP server accepted. Does nothing while mail is off. */
    int sendDue() {
        if (!settings.enabled()) {
            return 0;
        }
        int accepted = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            List<MailOutbox.Claimed> claimed = outbox.claim(settings.node(), settings.batchSize(),
                    clock.instant().plus(settings.lease()));
            if (claimed.isEmpty()) {
                break;
            }
            for (MailOutbox.Claimed mail : claimed) {
                if (send(mail)) {
                    accepted++;
                }
            }
        }
        return accepted;
    }

    private boolean send(MailOutbox.Claimed mail) {
        try {
            transmit(mail);
        } catch (MailException | MessagingException | UnsupportedEncodingException e) {
            Instant retryAt = mail.attempt() >= settings.maxAttempts() ? null
                    : clock.instant().plus(settings.backoff(mail.attempt()));
            LOG.warn("Mail {} to {} not sent (attempt {}): {}", mail.id(), mail.address(), mail.attempt(), e.getMessage());
            outbox.failed(mail, settings.node(), describe(e), retryAt);
            return false;
        }
        if (!outbox.sent(mail, settings.node())) {
            LOG.warn("Mail {} was sent after its claim expired; another node may send it again", mail.id());
        }
        return true;
    }

    /** Hands the claimed mail to the SMTP server, without recording anything. */
    void transmit(MailOutbox.Claimed mail) throws MessagingException, UnsupportedEncodingException {
        JavaMailSender sender = settings.sender().orElseThrow();
        sender.send(message(sender, mail));
    }

    private MimeMessage message(JavaMailSender sender, MailOutbox.Claimed mail)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
        helper.setFrom(new InternetAddress(settings.from(), settings.fromName(), "UTF-8"));
        helper.setTo(mail.address());
        helper.setSubject(mail.subject());
        helper.setText(mail.text(), mail.html());
        // JavaMailSenderImpl keeps a Message-ID set before sending
        message.setHeader("Message-ID", messageId(mail.id()));
        return message;
    }

    String messageId(long outboxId) {
        return "<thidua.mail." + outboxId + "@" + settings.messageIdDomain() + ">";
    }

    private static String describe(Exception e) {
        StringBuilder text = new StringBuilder(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append(" ← ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return text.toString();
    }
}
