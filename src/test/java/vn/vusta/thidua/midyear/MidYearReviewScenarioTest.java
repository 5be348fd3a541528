package vn.vusta.thidua.midyear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
import vn.vusta.thidua.support.CycleDriver;
import vn.vusta.thidua.system.AuditTrail;
import vn.vusta.thidua.engine.InvalidSubmissionException;
import vn.vusta.thidua.support.CycleSteps;

/** Cluster 6 (six members, re-formed after the 2025 merger: SharedTestWorld), years 2081–2084: no other test uses. */
@ThiDuaSpringTest
class MidYearReviewScenarioTest {

    private static final int CLUSTER = 6;

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
    ProgressReports reports;
    @Autowired
    UnitCompletions completions;
    @Autowired
    MidYearReviews reviews;
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
    void everyUnitReportsItsOwnProgressTheTallyComputesCompletionAndTheHeadRecordsTheMeeting() {
        String key = steps.open(CLUSTER, 2081);
        List<String> members = steps.members(CLUSTER, 2081);
        String head = members.get(0);
        steps.register(key, members);
        CycleDriver.setClock(2081, 6, 10);

        ProcessInstance phase = phaseInstance(key);
        assertThat(cycle(key)).isWaitingAt("CallActivity_MidYearReview");
        List<Task> tasks = driver.tasks(key, "Task_ReportProgress");
        assertThat(tasks).hasSize(members.size());
        assertThat(tasks.get(0).getName()).as("what to do and by when").isEqualTo("Nộp báo cáo sơ kết 6 tháng năm 2081 — hạn 30/06/2081");
        assertThat(tasks.get(0).getDescription()).contains("Hạn nộp: 30/06/2081");
        Task second = driver.task(key, "Task_ReportProgress", "province-" + members.get(1));
        assertThat(second).hasCandidateGroup("province-" + members.get(1));
        Map<String, Object> shown = driver.formVariables(members.get(1), second.getId());
        assertThat(shown.get("target1")).as("numbers as the form's text fields show them").isEqualTo("11");
        assertThat(shown.get("target8")).isEqualTo("0");
        assertThat(shown.get("targetNote3")).isEqualTo("chỉ tiêu 3 của đơn vị 1");

        steps.reportProgress(key, members);

        assertThat(runtimeService.getVariables(phase.getId())).doesNotContainKeys("progress1", "progressNote1", "target1");
        assertThat(reports.allLatest(key)).hasSize(members.size()).allSatisfy(r -> {
            int i = members.indexOf(r.province());
            assertThat(r.version()).isEqualTo(1);
            assertThat(r.late()).isFalse();
            assertThat(r.submittedBy()).isEqualTo(r.province());
            assertThat(r.items().get(0).target()).isEqualByComparingTo(BigDecimal.valueOf(10 + i));
            assertThat(r.items().get(1).progress()).isEqualByComparingTo(BigDecimal.valueOf(10L * (i + 1)));
            assertThat(r.items().get(4).note()).isEqualTo("tiến độ 5 của đơn vị " + i);
        });
        assertThat(completions.current(key)).hasSize(members.size()).allSatisfy(c -> {
            int i = members.indexOf(c.province());
            assertThat(c.meanProgressPercent()).isEqualByComparingTo(expectedCompletion(i));
            assertThat(c.targetsSet()).isEqualTo(7);
            assertThat(c.targetsReached()).isEqualTo(1);
            assertThat(c.reachedPercent()).isEqualByComparingTo("14.29");
        });
        BigDecimal clusterCompletion = members.stream().map(m -> expectedCompletion(members.indexOf(m)))
                .reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(members.size()), 2, RoundingMode.HALF_UP);
        Map<String, Object> tally = tallies.latest(key, Phase.MID_YEAR).orElseThrow();
        assertThat(new BigDecimal(tally.get("clusterCompletionPercent").toString())).isEqualByComparingTo(clusterCompletion);
        assertThat(new BigDecimal(tally.get("clusterMeanProgressPercent").toString())).as("one name per concept")
                .isEqualByComparingTo(clusterCompletion);
        assertThat((Map<String, Map<String, Object>>) tally.get("units")).allSatisfy((unit, figures) -> assertThat(
                new BigDecimal(figures.get("meanProgressPercent").toString()))
                .isEqualByComparingTo(expectedCompletion(members.indexOf(unit))));
        assertThat((List<?>) tally.get("missing")).isEmpty();

        Task record = driver.task(key, "Task_RecordMidYearReview", "province-" + head);
        assertThat(record).hasCandidateGroup("province-" + head);
        Map<String, Object> headView = driver.formVariables(head, record.getId());
        assertThat(headView).containsKey("units");
        assertThat(headView.get("clusterCompletion")).isEqualTo(clusterCompletion.stripTrailingZeros().toPlainString().replace('.', ','));

        assertThatThrownBy(() -> driver.submit(head, record.getId(),
                Map.of("meetingDate", "05/07/2081", "meetingPlace", "x".repeat(201))))
                .isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("meetingDate").hasMessageContaining("yyyy-MM-dd")
                .hasMessageContaining("meetingPlace").hasMessageContaining("tối đa 200");
        assertThatThrownBy(() -> driver.submit(head, record.getId(),
                Map.of("meetingDate", "2080-07-05", "meetingPlace", "Quy Nhơn")))
                .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("phải trong năm 2081");
        assertThat(reviews.latest(key)).isEmpty();

        driver.submit(head, record.getId(), Map.of("meetingDate", "2081-07-05", "meetingPlace", "Quy Nhơn",
                "remarks", "Cụm đạt tiến độ; đề nghị đẩy mạnh lĩnh vực 6."));

        MidYearReview meeting = reviews.latest(key).orElseThrow();
        assertThat(meeting.meetingDate()).hasToString("2081-07-05");
        assertThat(meeting.place()).isEqualTo("Quy Nhơn");
        assertThat(meeting.recordedBy()).isEqualTo(head);
        assertThat(phase).isEnded();
        assertThat(cycle(key)).isWaitingAt("CallActivity_YearEndSummary");
        assertThat(progress.of(key, Phase.MID_YEAR)).hasSize(members.size())
                .allSatisfy(s -> assertThat(s.status()).isEqualTo(UnitStatus.Status.SUBMITTED));

        Map<String, Object> report = phaseReport().report(cycles.find(key).orElseThrow());
        assertThat(report).containsKeys("units", "tally", "meeting");
        assertThat((List<?>) report.get("units")).hasSize(members.size());
        assertThat(audit.entriesFor(key + "/mid-year")).extracting(AuditTrail.Entry::action)
                .containsOnly("SUBMIT_PROGRESS", "RECORD_MID_YEAR_REVIEW").endsWith("RECORD_MID_YEAR_REVIEW")
                .filteredOn("SUBMIT_PROGRESS"::equals).hasSize(members.size());
    }

    @Test
    void aUnitThatMissesTheDeadlineIsRemindedEscalatedToTheHeadAndMarkedLate() {
        String key = steps.open(CLUSTER, 2082);
        List<String> members = steps.members(CLUSTER, 2082);
        steps.register(key, members);
        String onTime = members.get(1);
        String tardy = members.get(2);
        CycleDriver.setClock(2082, 6, 10);
        driver.submit(onTime, driver.task(key, "Task_ReportProgress", "province-" + onTime).getId(), CycleSteps.progress(1));

        CycleDriver.setClock(2082, 6, 25);
        driver.runJobs(key);
        assertThat(progress.of(key, Phase.MID_YEAR)).filteredOn(s -> !s.province().equals(onTime))
                .hasSize(members.size() - 1).allSatisfy(s -> assertThat(s.remindedAt()).isNotNull());
        assertThat(progress.of(key, Phase.MID_YEAR)).filteredOn(s -> s.province().equals(onTime))
                .singleElement().satisfies(s -> assertThat(s.remindedAt()).isNull());
        assertThat(notifications.forGroups(List.of("province-" + tardy)))
                .anySatisfy(n -> {
                    assertThat(n.kind()).isEqualTo("REMINDER");
                    assertThat(n.businessKey()).isEqualTo(key);
                    assertThat(n.message()).contains("Sơ kết 6 tháng");
                });

        CycleDriver.setClock(2082, 7, 2);
        driver.runJobs(key);
        assertThat(notifications.forGroups(List.of("province-" + members.get(0))))
                .filteredOn(n -> n.kind().equals("ESCALATION") && n.businessKey().equals(key))
                .hasSize(members.size() - 1);

        driver.submit(tardy, driver.task(key, "Task_ReportProgress", "province-" + tardy).getId(), CycleSteps.progress(2));
        assertThat(reports.latest(key, tardy).orElseThrow().late()).isTrue();
        assertThat(reports.latest(key, onTime).orElseThrow().late()).isFalse();
        assertThat(progress.of(key, Phase.MID_YEAR)).filteredOn(s -> s.province().equals(tardy))
                .singleElement().satisfies(s -> {
                    assertThat(s.late()).isTrue();
                    assertThat(s.escalatedAt()).isNotNull();
                    assertThat(s.status()).isEqualTo(UnitStatus.Status.SUBMITTED);
                });
    }

    @Test
    void aBadProgressReportIsRefusedWithAMessagePerFieldAndNothingIsStored() {
        String key = steps.open(CLUSTER, 2083);
        List<String> members = steps.members(CLUSTER, 2083);
        steps.register(key, members);
        String unit = members.get(3);
        Task task = driver.task(key, "Task_ReportProgress", "province-" + unit);
        Map<String, Object> bad = new java.util.HashMap<>(CycleSteps.progress(3));
        bad.put("progress1", 120L);
        bad.put("progress2", -5L);
        bad.remove("progress3");
        bad.put("progressNote4", "x".repeat(301));

        assertThatThrownBy(() -> driver.submit(unit, task.getId(), bad))
                .isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("progress1").hasMessageContaining("không được lớn hơn 100")
                .hasMessageContaining("progress2").hasMessageContaining("không được nhỏ hơn 0")
                .hasMessageContaining("progress3").hasMessageContaining("bắt buộc")
                .hasMessageContaining("progressNote4").hasMessageContaining("tối đa 300");
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isOne();
        assertThat(reports.latest(key, unit)).isEmpty();
        assertThat(progress.of(key, Phase.MID_YEAR)).filteredOn(s -> s.province().equals(unit))
                .singleElement().satisfies(s -> assertThat(s.status()).isEqualTo(UnitStatus.Status.OPEN));
        assertThat(phaseReport().report(cycles.find(key).orElseThrow())).as("nobody has reported yet").isEmpty();
    }

    @Test
    void anOfficerCannotReportAnotherProvincesProgress() {
        String key = steps.open(CLUSTER, 2084);
        List<String> members = steps.members(CLUSTER, 2084);
        steps.register(key, members);
        Task other = driver.task(key, "Task_ReportProgress", "province-" + members.get(2));

        assertThatThrownBy(() -> driver.submit(members.get(1), other.getId(), CycleSteps.progress(1)))
                .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
        assertThat(reports.latest(key, members.get(2))).isEmpty();
    }

    private static BigDecimal expectedCompletion(int unitIndex) {
        return BigDecimal.valueOf(100 + 6 * 10 * (unitIndex + 1)).divide(BigDecimal.valueOf(7), 2, RoundingMode.HALF_UP);
    }

    private PhaseReport phaseReport() {
        return phaseReports.stream().filter(r -> r.phase() == Phase.MID_YEAR).findFirst().orElseThrow();
    }

    private ProcessInstance cycle(String key) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key)
                .processDefinitionKey(CycleStarter.PROCESS_KEY).singleResult();
    }

    private ProcessInstance phaseInstance(String key) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key)
                .processDefinitionKey("mid-year").singleResult();
    }
}
