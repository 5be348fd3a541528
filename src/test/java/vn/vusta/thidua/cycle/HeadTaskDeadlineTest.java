package vn.vusta.thidua.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import vn.vusta.thidua.ThiDuaSpringTest;
import vn.vusta.thidua.engine.EngineClock;
import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.support.CycleSteps;
import vn.vusta.thidua.support.CycleDriver;

/**
 * The cluster head's tasks have a due date from the cycle's calendar (the units' deadline of the phase plus
 * {@code thidua.calendar.head-days}), a reminder before it and a late notice with escalation to VUSTA's office after
 * it, read as the users read them at {@code GET /api/notifications}. Cluster 3 in 2154.
 */
@ThiDuaSpringTest
class HeadTaskDeadlineTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    CycleDriver driver;
    @Autowired
    CycleStarter starter;
    @Autowired
    ReferenceData reference;

    CycleSteps steps;

    @BeforeEach
    void setUp() {
        steps = new CycleSteps(starter, driver, reference);
    }

    @AfterEach
    void tearDown() {
        CycleDriver.resetClock();
    }

    @Test
    void theHeadsReviewIsDueAWeekAfterTheUnitsDeadlineWithAReminderBeforeAndAnEscalationToTheOfficeAfter() {
        String key = steps.open(3, 2154);
        List<String> members = steps.members(3, 2154);
        String head = members.get(0);
        for (int i = 0; i < members.size(); i++) {
            driver.submit(members.get(i), driver.task(key, "Task_RegisterTargets", "province-" + members.get(i)).getId(),
                    vn.vusta.thidua.support.RegistrationValues.sample(i));
        }
        driver.runJobs(key);
        Task review = driver.task(key, "Task_ReviewRegistrations", "province-" + head);
        assertThat(review.getDueDate().toInstant()).as("31/03 (the units' deadline) + 7 days, end of the day")
                .isEqualTo(LocalDateTime.of(2154, 4, 7, 23, 59, 59).atZone(EngineClock.VIETNAM).toInstant());

        CycleDriver.setClock(2154, 3, 31);
        driver.runJobs(key);
        assertThat(messages(head, key)).anySatisfy(m -> assertThat(m).startsWith("REMINDER Nhắc việc: ")
                .contains("Cụm thi đua số 3", "sắp đến hạn"));
        assertThat(messages("council-office", key)).isEmpty();

        CycleDriver.setClock(2154, 4, 8);
        driver.runJobs(key);
        assertThat(messages("council-office", key)).singleElement().satisfies(m -> assertThat(m)
                .startsWith("ESCALATION Quá hạn: ").contains("chưa được hoàn thành"));
        assertThat(messages(head, key)).filteredOn(m -> m.startsWith("ESCALATION")).hasSize(1);
        assertThat(driver.runJobs(key)).as("each timer once").isZero();

        driver.submit(head, review.getId(), Map.of("decision", "submit"));
        driver.runJobs(key);
        assertThat(driver.tasks(key, "Task_ReportProgress")).hasSize(members.size());
    }

    private List<String> messages(String user, String key) {
        return new LateUnitApi(rest).messages(user, key);
    }
}
