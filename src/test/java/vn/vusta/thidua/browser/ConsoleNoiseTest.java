package vn.vusta.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsoleNoiseTest {

    private static final String LATE_POLL = "http://localhost:41259/camunda/api/engine/engine/default/filter/"
            + "c3da59f9-e65d-11f1-a7d5-02fc00000001/list?firstResult=0&maxResults=15 - Failed to load resource: "
            + "the server responded with a status of 401 ()";

    @Test
    void aFilterPollAnsweredWith401IsNoiseOnlyOnTheLoginPageAfterALogout() {
        assertThat(ConsoleNoise.isNoise(LATE_POLL, "http://localhost:41259/camunda/app/tasklist/default/#/login")).isTrue();
        assertThat(ConsoleNoise.isNoise(LATE_POLL, "http://localhost:41259/camunda/app/tasklist/default/#/?task=1")).isFalse();
        assertThat(ConsoleNoise.isNoise("Uncaught TypeError: x is undefined", "http://localhost/#/login")).isFalse();
    }
}
