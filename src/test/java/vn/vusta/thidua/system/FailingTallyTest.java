package vn.vusta.thidua.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.vusta.thidua.ThiDuaSpringTest;
import vn.vusta.thidua.cycle.CycleStarter;
import vn.vusta.thidua.cycle.CycleVariables;
import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.support.CycleSteps;
import vn.vusta.thidua.yearend.UnitScores;
import vn.vusta.thidua.support.CycleDriver;

/**
 * A tally that throws (here: the cycle's recorded score table cannot be found) becomes an incident with a clear
 * message after its retries, visible in Cockpit; the officers' submissions stay stored; after the fix, a retry
 * finishes the tally.
 */
@ThiDuaSpringTest
class FailingTallyTest {

    @Autowired
    CycleStarter starter;
    @Autowired
    CycleDriver driver;
    @Autowired
    ReferenceData reference;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    UnitScores scores;
    @Autowired
    vn.vusta.thidua.yearend.ResultReports reports;

    @AfterEach
    void tearDown() {
        CycleDriver.resetClock();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFailingTallyBecomesARetryableIncidentAndNeverRollsBackTheSubmissions() {
        CycleSteps steps = new CycleSteps(starter, driver, reference);
        String key = steps.throughMidYear(6, 2089);
        List<String> members = steps.members(6, 2089);
        ProcessInstance phase = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key)
                .processDefinitionKey("year-end").singleResult();
        Map<String, String> rules = (Map<String, String>) runtimeService.getVariable(phase.getId(), CycleVariables.RULES);
        Map<String, String> broken = new HashMap<>(rules);
        broken.put("score", "score:999:missing");
        runtimeService.setVariable(phase.getId(), CycleVariables.RULES, broken);

        CycleDriver.setClock(2089, 11, 5);
        for (String unit : members) {
            driver.submit(unit, driver.task(key, "Task_ReportResults", "province-" + unit).getId(), results());
        }
        assertThat(reports.allLatest(key)).hasSize(members.size());
        runUntilIncident(phase.getId());

        Incident incident = runtimeService.createIncidentQuery().processInstanceId(phase.getId()).singleResult();
        assertThat(incident.getActivityId()).isEqualTo("Task_TallyResults");
        assertThat(incident.getIncidentMessage()).contains("score:999:missing");
        assertThat(reports.allLatest(key)).hasSize(members.size());
        assertThat(scores.current(key)).isEmpty();

        runtimeService.setVariable(phase.getId(), CycleVariables.RULES, rules);
        Job failed = managementService.createJobQuery().processInstanceId(phase.getId()).withException().singleResult();
        managementService.setJobRetries(failed.getId(), 1);
        driver.runJobs(key);

        assertThat(runtimeService.createIncidentQuery().processInstanceId(phase.getId()).count()).isZero();
        assertThat(scores.current(key)).hasSize(members.size());
        assertThat(driver.tasks(key, "Task_ReviewResults")).hasSize(1);
    }

    /** Runs the phase's jobs (the units' continuations, then the tally, retried) as the job executor would. */
    private void runUntilIncident(String processInstanceId) {
        for (int round = 0; round < 10 && runtimeService.createIncidentQuery().processInstanceId(processInstanceId).count() == 0; round++) {
            for (Job job : managementService.createJobQuery().processInstanceId(processInstanceId).executable().list()) {
                try {
                    driver.executeIfPresent(job.getId());
                } catch (RuntimeException failure) {
                    assertThat(failure).hasMessageContaining("score:999:missing");
                }
            }
        }
    }

    private static Map<String, Object> results() {
        Map<String, Object> values = new HashMap<>();
        for (int field = 1; field <= 8; field++) {
            values.put("result" + field, 12L);
            values.put("resultNote" + field, "kết quả " + field);
        }
        values.put("achievements", "Thành tích của đơn vị");
        return values;
    }
}
