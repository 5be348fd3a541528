package vn.vusta.thidua.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every node polls the outbox ({@code thidua.mail.poll-interval}); claiming makes each mail go out from one node.
 * A Spring poller rather than a Camunda job per mail: a slow or unreachable SMTP server then never takes the job
 * executor's threads from the cycles' own work, mails need no process or internal job handler, and their status
 * lives in one table the office can read without Cockpit. Tests switch it off and call the dispatcher themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "thidua.mail.poller.enabled", havingValue = "true", matchIfMissing = true)
class MailPoller {

    private static final Logger LOG = LoggerFactory.getLogger(MailPoller.class);

    private final MailDispatcher dispatcher;

    MailPoller(MailDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Scheduled(initialDelayString = "${thidua.mail.poll-interval}", fixedDelayString = "${thidua.mail.poll-interval}")
    void poll() {
        try {
            dispatcher.sendDue();
        } catch (RuntimeException e) {
            // the database may be briefly unreachable; the next poll tries again
            LOG.warn("Mail outbox poll failed: {}", e.toString());
        }
    }
}
