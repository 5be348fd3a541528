package vn.vusta.thidua.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class MailSettingsTest {

    @Test
    void aFailedAttemptWaitsTheFirstRetryDoubledEachTimeUpToTheMaximum() {
        MailSettings settings = settings(Optional.empty(), "thidua@vusta.example");
        assertThat(IntStream.rangeClosed(1, 9).mapToObj(settings::backoff).map(Duration::toMinutes).toList())
                .containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 64L, 120L, 120L);
    }

    @Test
    void linksNameTheEngineAndMessageIdsTheSendersDomain() {
        MailSettings settings = settings(Optional.empty(), "thidua@vusta.example");
        assertThat(settings.taskUrl("t-1")).isEqualTo("https://thidua.vusta.example/camunda/app/tasklist/default/#/?task=t-1");
        assertThat(settings.messageIdDomain()).isEqualTo("vusta.example");
        assertThat(settings.enabled()).isFalse();
    }

    @Test
    void mailWithoutASenderAddressStopsTheStart() {
        assertThatThrownBy(() -> settings(Optional.of(new JavaMailSenderImpl()), ""))
                .hasMessageContaining("thidua.mail.from");
    }

    private static MailSettings settings(Optional<org.springframework.mail.javamail.JavaMailSender> sender, String from) {
        return new MailSettings(sender, "https://thidua.vusta.example/", "default", from, "", "Thi đua – LHHVN", 8,
                Duration.ofMinutes(1), Duration.ofHours(2), Duration.ofMinutes(10), 20, "node");
    }
}
