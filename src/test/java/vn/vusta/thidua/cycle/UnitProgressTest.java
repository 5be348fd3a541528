package vn.vusta.thidua.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.vusta.thidua.ThiDuaSpringTest;
import vn.vusta.thidua.cycle.UnitStatus.Status;
import vn.vusta.thidua.support.CycleDriver;

/** One row per unit and phase: opened, submitted (on time or late), submitted again, returned. */
@ThiDuaSpringTest
class UnitProgressTest {

    private static final Instant DUE = Instant.parse("2031-03-31T16:59:59Z");

    @Autowired
    UnitProgress progress;

    @AfterEach
    void resetClock() {
        CycleDriver.resetClock();
    }

    @Test
    void aSubmissionUpdatesTheRowTheOpeningMadeAndCountsResubmissions() {
        CycleDriver.setClock(2031, 3, 1);
        progress.opened("progress-test-1", Phase.REGISTRATION, "ca-mau", DUE);
        assertThat(progress.of("progress-test-1", Phase.REGISTRATION)).singleElement()
                .satisfies(s -> assertThat(s.status()).isEqualTo(Status.OPEN));
        assertThat(progress.notSubmitted("progress-test-1", Phase.REGISTRATION)).containsExactly("ca-mau");

        assertThat(progress.submitted("progress-test-1", Phase.REGISTRATION, "ca-mau", DUE)).isFalse();
        progress.returned("progress-test-1", Phase.REGISTRATION, "ca-mau", "thiếu mô tả");
        CycleDriver.setClock(2031, 4, 2);
        assertThat(progress.submitted("progress-test-1", Phase.REGISTRATION, "ca-mau", DUE)).as("after the deadline").isTrue();

        assertThat(progress.of("progress-test-1", Phase.REGISTRATION)).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo(Status.SUBMITTED);
            assertThat(s.submissions()).isEqualTo(2);
            assertThat(s.late()).isTrue();
            assertThat(s.dueAt()).isEqualTo(DUE);
        });
        assertThat(progress.notSubmitted("progress-test-1", Phase.REGISTRATION)).isEmpty();
    }

    @Test
    void aSubmissionWithoutARecordedOpeningStillLeavesOneSubmittedRow() {
        CycleDriver.setClock(2031, 3, 1);
        assertThat(progress.submitted("progress-test-2", Phase.MID_YEAR, "ben-tre", DUE)).isFalse();
        assertThat(progress.of("progress-test-2")).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo(Status.SUBMITTED);
            assertThat(s.submissions()).isEqualTo(1);
            assertThat(s.late()).isFalse();
            assertThat(s.dueAt()).isEqualTo(DUE);
        });
    }
}
