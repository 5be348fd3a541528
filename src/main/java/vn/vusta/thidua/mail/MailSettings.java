package vn.vusta.thidua.mail;

import java.time.Duration;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Where mails go and how they are retried. Mail is on exactly when Spring Boot has configured a {@link JavaMailSender},
 * i.e. when {@code spring.mail.host} is set.
 */
@Component
class MailSettings {

    private final Optional<JavaMailSender> sender;
    private final String publicUrl;
    private final String engineName;
    private final String from;
    private final String fromName;
    private final int maxAttempts;
    private final Duration firstRetry;
    private final Duration maxRetry;
    private final Duration lease;
    private final int batchSize;
    private final String node;

    MailSettings(Optional<JavaMailSender> sender,
            @Value("${thidua.public-url}") String publicUrl,
            @Value("${camunda.bpm.process-engine-name:default}") String engineName,
            @Value("${thidua.mail.from:}") String from,
            @Value("${spring.mail.username:}") String smtpUser,
            @Value("${thidua.mail.from-name:${thidua.title}}") String fromName,
            @Value("${thidua.mail.max-attempts}") int maxAttempts,
            @Value("${thidua.mail.first-retry}") Duration firstRetry,
            @Value("${thidua.mail.max-retry}") Duration maxRetry,
            @Value("${thidua.mail.lease}") Duration lease,
            @Value("${thidua.mail.batch-size}") int batchSize,
            @Value("${thidua.mail.node}") String node) {
        this.sender = sender;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.engineName = engineName;
        this.from = from.isBlank() ? smtpUser : from;
        this.fromName = fromName;
        this.maxAttempts = maxAttempts;
        this.firstRetry = firstRetry;
        this.maxRetry = maxRetry;
        this.lease = lease;
        this.batchSize = batchSize;
        this.node = node;
        if (this.sender.isPresent() && !this.from.contains("@")) {
            throw new IllegalStateException("spring.mail.host is set but the sender address is not: set thidua.mail.from"
                    + " (THIDUA_MAIL_FROM) or an e-mail address as spring.mail.username");
        }
    }

    boolean enabled() {
        return sender.isPresent();
    }

    Optional<JavaMailSender> sender() {
        return sender;
    }

    String taskUrl(String taskId) {
        return publicUrl + "/camunda/app/tasklist/" + engineName + "/#/?task=" + taskId;
    }

    String tasklistUrl() {
        return publicUrl + "/camunda/app/tasklist/" + engineName + "/";
    }

    String url(String path) {
        return publicUrl + path;
    }

    String from() {
        return from;
    }

    String fromName() {
        return fromName;
    }

    /** The right-hand side of every Message-ID: the sender's domain. */
    String messageIdDomain() {
        return from.substring(from.indexOf('@') + 1);
    }

    int maxAttempts() {
        return maxAttempts;
    }

    /** Wait after the n-th failed attempt: the first retry, doubled each time, at most {@code max-retry}. */
    Duration backoff(int failedAttempts) {
        Duration wait = firstRetry;
        for (int i = 1; i < failedAttempts && wait.compareTo(maxRetry) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }

    Duration lease() {
        return lease;
    }

    int batchSize() {
        return batchSize;
    }

    String node() {
        return node;
    }
}
