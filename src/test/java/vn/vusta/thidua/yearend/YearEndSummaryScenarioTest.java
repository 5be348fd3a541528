package vn.vusta.thidua.yearend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.vusta.thidua.cycle.UnitScore;
import vn.vusta.thidua.ThiDuaSpringTest;
import vn.vusta.thidua.cycle.Cycles;
import vn.vusta.thidua.cycle.CycleStarter;
import vn.vusta.thidua.cycle.Notifications;
import vn.vusta.thidua.cycle.Phase;
import vn.vusta.thidua.cycle.PhaseReport;
import vn.vusta.thidua.cycle.PhaseTallies;
import vn.vusta.thidua.cycle.UnitProgress;
import vn.vusta.thidua.cycle.UnitStatus;
import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.support.CycleSteps;
import vn.vusta.thidua.support.CycleDriver;
import vn.vusta.thidua.system.AuditTrail;
import vn.vusta.thidua.engine.InvalidSubmissionException;

/**
 * Cluster 6 (six members, re-formed after the 2025 merger: SharedTestWorld), years 2085–2087: no other test uses
 * them. Each test drives the real cycle through registration and the mid-year review. Unit i registered target 10 + i in fields 1–7 and none in field 8;
 * it reports results at RATIOS[i] of its targets, which with the default score table (12.5 points per field, capped
 * at 120 %) gives 100, 100, 56.25, 117.5, 82.5 and 12.5 points.
 */
@ThiDuaSpringTest
class YearEndSummaryScenarioTest {

    private static final int CLUSTER = 6;
    private static final String[] RATIOS = {"1", "1", "0.5", "1.2", "0.8", "0"};

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    CycleStarter starter;
    @Autowired
    CycleDriver driver;
    @Autowired
    ReferenceData reference;
    @Autowired
    ResultReports reports;
    @Autowired
    UnitScores scores;
    @Autowired
    PhaseTallies tallies;
    @Autowired
    UnitProgress progress;
    @Autowired
    Notifications notifications;
    @Autowired
    Cycles cycles;
    @Autowired
    List<PhaseReport> phaseReports;
    @Autowired
    AuditTrail audit;

    CycleSteps steps;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        steps = new CycleSteps(starter, driver, reference);
    }

    @AfterEach
    void tearDown() {
        CycleDriver.resetClock();
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyUnitIsScoredAndRankedTheHeadReturnsOneReportAndAcceptsTheCorrectedResults() {
        String key = steps.throughMidYear(CLUSTER, 2085);
        List<String> m = steps.members(CLUSTER, 2085);
        String head = m.get(0);
        CycleDriver.setClock(2085, 11, 1);

        assertThat(cycle(key)).isWaitingAt("CallActivity_YearEndSummary");
        ProcessInstance phase = phaseInstance(key);
        List<Task> tasks = driver.tasks(key, "Task_ReportResults");
        assertThat(tasks).hasSize(m.size());
        assertThat(tasks.get(0).getName()).isEqualTo("Nộp báo cáo tổng kết năm 2085 — hạn 15/11/2085");
        assertThat(tasks.get(0).getDescription()).contains("Hạn nộp: 15/11/2085");
        Map<String, Object> shown = driver.formVariables(m.get(2), driver.task(key, "Task_ReportResults", "province-" + m.get(2)).getId());
        assertThat(shown.get("target1")).isEqualTo("12");
        assertThat(shown.get("returnReason")).isNull();

        for (int i = 0; i < m.size(); i++) {
            driver.submit(m.get(i), driver.task(key, "Task_ReportResults", "province-" + m.get(i)).getId(), results(i, RATIOS[i]));
        }
        driver.runJobs(key);

        assertThat(runtimeService.getVariables(phase.getId())).doesNotContainKeys("result1", "achievements", "target1");
        assertThat(reports.allLatest(key)).hasSize(m.size()).allSatisfy(r -> {
            int i = m.indexOf(r.province());
            assertThat(r.items().get(0).result()).isEqualByComparingTo(result(i, RATIOS[i]));
            assertThat(r.items().get(0).target()).isEqualByComparingTo(BigDecimal.valueOf(CycleSteps.target(i)));
            assertThat(r.items().get(6).note()).isEqualTo("kết quả 7 của đơn vị " + i);
            assertThat(r.achievements()).isEqualTo("Thành tích của đơn vị " + i);
            assertThat(r.late()).isFalse();
        });
        // equal scores share a rank (listed by province code), the next rank skips
        assertThat(scores.current(key)).extracting(UnitScore::province, UnitScore::rank)
                .containsExactlyInAnyOrder(tuple(m.get(3), 1), tuple(m.get(0), 2), tuple(m.get(1), 2), tuple(m.get(4), 4),
                        tuple(m.get(2), 5), tuple(m.get(5), 6));
        assertThat(scores.current(key)).extracting(UnitScore::rank).containsExactly(1, 2, 2, 4, 5, 6);
        assertThat(scores.current(key)).extracting(s -> s.score().stripTrailingZeros().toPlainString())
                .containsExactly("117.5", "100", "100", "82.5", "56.25", "12.5");
        assertThat(scores.current(key)).extracting(s -> s.reachedPercent().intValue())
                .containsExactly(100, 100, 100, 0, 0, 0);

        Task review = driver.task(key, "Task_ReviewResults", "province-" + head);
        assertThat(review).hasCandidateGroup("province-" + head);
        assertThat(driver.formVariables(head, review.getId())).containsKeys("results", "memberOptions");
        assertThatThrownBy(() -> driver.submit(head, review.getId(), Map.of("decision", "return", "returnUnit", "ha-noi")))
                .isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("returnUnit").hasMessageContaining("returnReason");
        driver.submit(head, review.getId(),
                Map.of("decision", "return", "returnUnit", m.get(2), "returnReason", "Kết quả lĩnh vực 1–7 chưa đủ minh chứng"));

        Task correction = driver.task(key, "Task_CorrectResults", "province-" + m.get(2));
        assertThat(correction).hasCandidateGroup("province-" + m.get(2));
        assertThat(correction.getName()).startsWith("Sửa và nộp lại báo cáo tổng kết năm 2085");
        Map<String, Object> previous = driver.formVariables(m.get(2), correction.getId());
        assertThat(previous).containsEntry("returnReason", "Kết quả lĩnh vực 1–7 chưa đủ minh chứng")
                .containsEntry("achievements", "Thành tích của đơn vị 2");
        assertThat(previous.get("result1")).isEqualTo("6");
        assertThat(progress.of(key, Phase.YEAR_END)).filteredOn(s -> s.province().equals(m.get(2)))
                .extracting(UnitStatus::status).containsExactly(UnitStatus.Status.RETURNED);

        driver.submit(m.get(2), correction.getId(), results(2, "1"));
        driver.runJobs(key);

        assertThat(reports.history(key, m.get(2))).extracting(ResultReport::version).containsExactly(1, 2);
        assertThat(reports.latest(key, m.get(2)).orElseThrow().late()).isFalse();
        assertThat(scores.current(key)).extracting(UnitScore::province, UnitScore::rank)
                .containsExactlyInAnyOrder(tuple(m.get(3), 1), tuple(m.get(0), 2), tuple(m.get(1), 2), tuple(m.get(2), 2),
                        tuple(m.get(4), 5), tuple(m.get(5), 6));

        driver.submit(head, driver.task(key, "Task_ReviewResults", "province-" + head).getId(), Map.of("decision", "submit"));

        assertThat(phase).isEnded();
        assertThat(cycle(key)).isWaitingAt("CallActivity_NominationVote");
        assertThat(progress.of(key, Phase.YEAR_END)).hasSize(m.size())
                .allSatisfy(s -> assertThat(s.status()).isEqualTo(UnitStatus.Status.SUBMITTED));
        Map<String, Object> tally = tallies.latest(key, Phase.YEAR_END).orElseThrow();
        assertThat(tally).containsEntry("acceptedBy", head).containsKeys("ranking", "pointsByField");
        Map<String, Object> report = phaseReports.stream().filter(r -> r.phase() == Phase.YEAR_END).findFirst()
                .orElseThrow().report(cycles.find(key).orElseThrow());
        assertThat((List<?>) report.get("units")).hasSize(m.size());
        Map<String, BigDecimal> reached = new HashMap<>();
        scores.current(key).forEach(s -> reached.put(s.province(), s.reachedPercent()));
        assertThat(reached.values()).as("some reached all their targets, some none").hasSize(m.size())
                .extracting(BigDecimal::intValue).contains(100, 0);
        assertThat((List<Map<String, Object>>) report.get("units")).allSatisfy(unit -> {
            BigDecimal expected = reached.get((String) unit.get("province"));
            assertThat((BigDecimal) unit.get("reachedPercent")).as("share of targets reached, its own name")
                    .isEqualByComparingTo(expected);
            assertThat((BigDecimal) unit.get("completionPercent")).as("the deprecated alias, for one release")
                    .isEqualByComparingTo(expected);
        });
        assertThat(report).containsKey("tally");
        assertThat(audit.entriesFor(key + "/year-end")).extracting(AuditTrail.Entry::action)
                .containsSubsequence("SUBMIT_RESULTS", "RETURN_RESULTS", "SUBMIT_RESULTS", "ACCEPT_RESULTS");
    }

    @Test
    void aUnitThatMissesTheDeadlineIsRemindedEscalatedToTheHeadAndMarkedLate() {
        String key = steps.throughMidYear(CLUSTER, 2086);
        List<String> m = steps.members(CLUSTER, 2086);
        String onTime = m.get(1);
        String tardy = m.get(4);
        CycleDriver.setClock(2086, 11, 1);
        driver.submit(onTime, driver.task(key, "Task_ReportResults", "province-" + onTime).getId(), results(1, "1"));

        CycleDriver.setClock(2086, 11, 10);
        driver.runJobs(key);
        assertThat(progress.of(key, Phase.YEAR_END)).filteredOn(s -> !s.province().equals(onTime))
                .hasSize(m.size() - 1).allSatisfy(s -> assertThat(s.remindedAt()).isNotNull());
        assertThat(notifications.forGroups(List.of("province-" + tardy)))
                .anySatisfy(n -> {
                    assertThat(n.kind()).isEqualTo("REMINDER");
                    assertThat(n.businessKey()).isEqualTo(key);
                    assertThat(n.message()).contains("Tổng kết năm");
                });

        CycleDriver.setClock(2086, 11, 17);
        driver.runJobs(key);
        assertThat(notifications.forGroups(List.of("province-" + m.get(0))))
                .filteredOn(n -> n.kind().equals("ESCALATION") && n.businessKey().equals(key))
                .hasSize(m.size() - 1);

        driver.submit(tardy, driver.task(key, "Task_ReportResults", "province-" + tardy).getId(), results(4, "0.8"));
        assertThat(reports.latest(key, tardy).orElseThrow().late()).isTrue();
        assertThat(reports.latest(key, onTime).orElseThrow().late()).isFalse();
        assertThat(progress.of(key, Phase.YEAR_END)).filteredOn(s -> s.province().equals(tardy))
                .singleElement().satisfies(s -> {
                    assertThat(s.late()).isTrue();
                    assertThat(s.escalatedAt()).isNotNull();
                });
    }

    @Test
    void aBadResultReportIsRefusedWithAMessagePerFieldAndNothingIsStored() {
        String key = steps.throughMidYear(CLUSTER, 2087);
        List<String> m = steps.members(CLUSTER, 2087);
        String unit = m.get(5);
        Task task = driver.task(key, "Task_ReportResults", "province-" + unit);
        Map<String, Object> bad = results(5, "1");
        bad.put("result1", -1L);
        bad.put("result2", "nhiều");
        bad.put("resultNote3", "x".repeat(301));
        bad.put("achievements", "x".repeat(4001));

        assertThatThrownBy(() -> driver.submit(unit, task.getId(), bad))
                .isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("result1").hasMessageContaining("không được nhỏ hơn 0")
                .hasMessageContaining("result2").hasMessageContaining("phải là số")
                .hasMessageContaining("resultNote3").hasMessageContaining("tối đa 300")
                .hasMessageContaining("achievements").hasMessageContaining("tối đa 4000");
        Map<String, Object> noAchievements = results(5, "1");
        noAchievements.remove("achievements");
        assertThatThrownBy(() -> driver.submit(unit, task.getId(), noAchievements))
                .isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("achievements").hasMessageContaining("bắt buộc");

        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isOne();
        assertThat(reports.latest(key, unit)).isEmpty();
        assertThat(progress.of(key, Phase.YEAR_END)).filteredOn(s -> s.province().equals(unit))
                .singleElement().satisfies(s -> assertThat(s.status()).isEqualTo(UnitStatus.Status.OPEN));
    }

    /** Unit i's results at a ratio of its targets in fields 1–7; field 8 has no target and reports nothing. */
    private static Map<String, Object> results(int unitIndex, String ratio) {
        Map<String, Object> values = new HashMap<>();
        for (int field = 1; field <= 8; field++) {
            values.put("result" + field, field == 8 ? 0.0 : result(unitIndex, ratio).doubleValue());
            values.put("resultNote" + field, "kết quả " + field + " của đơn vị " + unitIndex);
        }
        values.put("achievements", "Thành tích của đơn vị " + unitIndex);
        return values;
    }

    private static BigDecimal result(int unitIndex, String ratio) {
        return BigDecimal.valueOf(CycleSteps.target(unitIndex)).multiply(new BigDecimal(ratio));
    }

    private ProcessInstance cycle(String key) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key)
                .processDefinitionKey(CycleStarter.PROCESS_KEY).singleResult();
    }

    private ProcessInstance phaseInstance(String key) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key)
                .processDefinitionKey("year-end").singleResult();
    }
}
