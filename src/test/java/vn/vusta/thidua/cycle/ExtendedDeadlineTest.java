package vn.vusta.thidua.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.vusta.thidua.ThiDuaSpringTest;
import vn.vusta.thidua.engine.EngineClock;
import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.support.RegistrationValues;
import vn.vusta.thidua.support.CycleSteps;
import vn.vusta.thidua.support.CycleDriver;
import vn.vusta.thidua.system.AuditTrail;

/**
 * The head extends two units' registration deadline through {@code POST /api/cycles/{key}/units/{unit}/extend}: their
 * tasks' due dates move, the phase's reminder and late notice pass them by, their own come by the new date; the one
 * that submits in time is "gia hạn", the other is late at its new date and may then be closed. Cluster 6 in 2154.
 */
@ThiDuaSpringTest
class ExtendedDeadlineTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    CycleDriver driver;
    @Autowired
    CycleStarter starter;
    @Autowired
    ReferenceData reference;
    @Autowired
    AuditTrail audit;

    CycleSteps steps;
    LateUnitApi api;

    @BeforeEach
    void setUp() {
        steps = new CycleSteps(starter, driver, reference);
        api = new LateUnitApi(rest);
    }

    @AfterEach
    void tearDown() {
        CycleDriver.resetClock();
    }

    @Test
    void anExtendedUnitHasItsOwnDueDateRemindersAndLateNoticeAndStaysOnTimeIfItSubmitsByThen() {
        String key = steps.open(6, 2154);
        List<String> members = steps.members(6, 2154);
        String head = members.get(0);
        String inTime = members.get(members.size() - 2);
        String never = members.get(members.size() - 1);
        for (int i = 0; i < members.size() - 2; i++) {
            driver.submit(members.get(i), driver.task(key, "Task_RegisterTargets", "province-" + members.get(i)).getId(),
                    RegistrationValues.sample(i));
        }
        CycleDriver.setClock(2154, 3, 20);
        assertThat(extend(inTime, key, never, "2154-04-15", "x").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(extend(head, key, never, "15/04/2154", "x").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<Map> past = extend(head, key, never, "2154-03-19", "x");
        assertThat(past.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(past.getBody().get("message").toString()).startsWith("until: hạn mới phải sau hôm nay");
        assertThat(extend(head, key, never, "2154-04-15", "").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        ResponseEntity<Map> extended = extend(head, key, inTime, "2154-04-15", "Đơn vị đang sáp nhập văn phòng");
        assertThat(extended.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(extended.getBody()).containsEntry("timeliness", "EXTENDED").containsEntry("label", "gia hạn");
        assertThat(extend(head, key, never, "2154-04-15", "Chờ ý kiến lãnh đạo").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(driver.task(key, "Task_RegisterTargets", "province-" + never).getDueDate().toInstant())
                .isEqualTo(LocalDateTime.of(2154, 4, 15, 23, 59, 59).atZone(EngineClock.VIETNAM).toInstant());
        assertThat(LateUnitScenarioTest.phase(LateUnitScenarioTest.unitOf(results(head, key), never), "REGISTRATION"))
                .containsEntry("status", "EXTENDED").containsEntry("timelinessLabel", "gia hạn")
                .containsEntry("extensionReason", "Chờ ý kiến lãnh đạo").containsKey("extendedTo");
        assertThat(audit.entriesFor(key)).filteredOn(e -> e.action().equals("EXTEND_UNIT_DEADLINE")).hasSize(2);

        CycleDriver.setClock(2154, 4, 2);
        driver.runJobs(key);
        assertThat(messages(never, key)).as("the phase's reminder and late notice pass it by").isEmpty();
        assertThat(messages(head, key)).noneMatch(m -> m.startsWith("ESCALATION"));
        ResponseEntity<Map> early = close(head, key, never);
        assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(early.getBody().get("message").toString()).contains("15/04/2154");

        CycleDriver.setClock(2154, 4, 10);
        driver.runJobs(key);
        assertThat(messages(never, key)).singleElement().satisfies(m -> assertThat(m).startsWith("REMINDER "));
        driver.submit(inTime, driver.task(key, "Task_RegisterTargets", "province-" + inTime).getId(),
                RegistrationValues.sample(7));

        CycleDriver.setClock(2154, 4, 16);
        driver.runJobs(key);
        assertThat(messages(head, key)).filteredOn(m -> m.startsWith("ESCALATION")).singleElement()
                .satisfies(m -> assertThat(m).contains("Quá hạn gia hạn", "chưa nộp"));
        assertThat(messages(inTime, key)).filteredOn(m -> m.startsWith("REMINDER") || m.startsWith("ESCALATION"))
                .hasSize(1);
        Map<String, Object> results = results(head, key);
        assertThat(LateUnitScenarioTest.phase(LateUnitScenarioTest.unitOf(results, inTime), "REGISTRATION"))
                .containsEntry("status", "SUBMITTED").containsEntry("late", false)
                .containsEntry("timelinessLabel", "gia hạn");
        assertThat(LateUnitScenarioTest.phase(LateUnitScenarioTest.unitOf(results, never), "REGISTRATION"))
                .containsEntry("timelinessLabel", "trễ hạn");

        assertThat(close(head, key, never).getStatusCode()).isEqualTo(HttpStatus.OK);
        driver.runJobs(key);
        assertThat(driver.task(key, "Task_ReviewRegistrations", "province-" + head)).isNotNull();
    }

    private ResponseEntity<Map> extend(String user, String key, String unit, String until, String reason) {
        return api.extend(user, key, unit, until, reason);
    }

    private ResponseEntity<Map> close(String user, String key, String unit) {
        return api.close(user, key, unit, "Hết hạn gia hạn mà không nộp");
    }

    private Map<String, Object> results(String user, String key) {
        return api.results(user, key);
    }

    /** Without the notice of the extension itself: the reminders and late notices. */
    private List<String> messages(String user, String key) {
        return api.messages(user, key).stream().filter(m -> !m.startsWith("EXTENDED")).toList();
    }
}
