package vn.vusta.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.vusta.thidua.ThiDuaSpringTest;
import vn.vusta.thidua.cycle.Phase;
import vn.vusta.thidua.cycle.UnitProgress;
import vn.vusta.thidua.cycle.UnitStatus;
import vn.vusta.thidua.engine.EngineClock;
import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.reference.UnitNames;
import vn.vusta.thidua.support.RegistrationValues;
import vn.vusta.thidua.support.CycleDriver;

/**
 * The head handles a late unit in Tasklist: the task "Xử lý đơn vị quá hạn: LHH … (Đăng ký thi đua)" is in the
 * head's list with its due date; the date field shows only for an extension; a day already past is refused by the
 * server with its Vietnamese message and the task stays open; an extension to a later day is recorded. Cluster 3 of
 * year 2173, members read from the reference data.
 */
@ThiDuaSpringTest
class BrowserLateUnitTest {

    private static final int CLUSTER = 3;
    private static final int YEAR = 2173;

    @LocalServerPort
    int port;
    @Autowired
    CycleSetup cycles;
    @Autowired
    CycleDriver driver;
    @Autowired
    ReferenceData reference;
    @Autowired
    UnitProgress progress;
    @Autowired
    UnitNames names;

    @BeforeAll
    static void browserInstalled() {
        Browser.assumeInstalled();
    }

    @AfterEach
    void resetClock() {
        CycleDriver.resetClock();
    }

    @Test
    void theHeadExtendsALateUnitsDeadlineFromTheTasklistForm() {
        List<String> members = reference.membersOn(CLUSTER, LocalDate.of(YEAR, 1, 1));
        String head = members.get(0);
        String late = members.get(members.size() - 1);
        String key = CycleSetup.key(CLUSTER, YEAR);
        cycles.openRegistration(CLUSTER, YEAR, head, members.get(1));
        for (int i = 0; i < members.size() - 1; i++) {
            driver.submit(members.get(i), driver.task(key, "Task_RegisterTargets", "province-" + members.get(i)).getId(),
                    RegistrationValues.sample(i));
        }
        CycleDriver.setClock(YEAR, 4, 2);
        driver.runJobs(key);

        try (Browser browser = Browser.open(port, "late-unit")) {
            Tasklist tasklist = Tasklist.login(browser, head);
            tasklist.open("Xử lý đơn vị quá hạn: LHH " + names.ofYear(late, YEAR) + " (Đăng ký thi đua)");
            assertThat(tasklist.dueDate()).contains("2173");
            tasklist.claim();
            browser.screenshot("late-unit-form");
            assertThat(browser.driver().findElements(By.cssSelector(".fjs-container [id$='-Field_ExtendUntil-date']")))
                    .as("no date before an extension is chosen").isEmpty();
            tasklist.choose("Field_LateUnitAction", "Gia hạn đến ngày");
            tasklist.date("Field_ExtendUntil", "01/04/" + YEAR)
                    .type("Field_LateUnitReason", "Đơn vị đổi cán bộ thi đua");
            browser.expectConsoleError("/task/" + tasklist.taskId() + "/submit-form - Failed to load resource: the server "
                    + "responded with a status of 400");
            tasklist.complete();
            browser.until(d -> tasklist.notifications().contains("Gia hạn đến ngày: phải từ 03/04/" + YEAR));
            browser.screenshot("late-unit-past-day-refused");
            assertThat(driver.tasks(key, "Task_HandleLateUnit")).as("the task stays open").hasSize(1);

            tasklist.dismissNotifications();
            tasklist.date("Field_ExtendUntil", "20/04/" + YEAR);
            browser.until(d -> tasklist.fieldErrors().isEmpty());
            tasklist.complete();
            browser.until(d -> driver.tasks(key, "Task_HandleLateUnit").isEmpty());
        }

        assertThat(progress.of(key, Phase.REGISTRATION)).filteredOn(s -> s.province().equals(late)).singleElement()
                .satisfies(s -> {
                    assertThat(s.status()).isEqualTo(UnitStatus.Status.EXTENDED);
                    assertThat(s.extendedTo()).isEqualTo(LocalDateTime.of(YEAR, 4, 20, 23, 59, 59)
                            .atZone(EngineClock.VIETNAM).toInstant());
                    assertThat(s.extensionReason()).isEqualTo("Đơn vị đổi cán bộ thi đua");
                });
    }
}
