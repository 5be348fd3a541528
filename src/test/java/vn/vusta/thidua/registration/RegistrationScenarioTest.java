package vn.vusta.thidua.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.vusta.thidua.ThiDuaSpringTest;
import vn.vusta.thidua.cycle.CycleStarter;
import vn.vusta.thidua.cycle.Notifications;
import vn.vusta.thidua.cycle.Notifications.Notification;
import vn.vusta.thidua.cycle.Phase;
import vn.vusta.thidua.cycle.UnitProgress;
import vn.vusta.thidua.cycle.UnitStatus;
import vn.vusta.thidua.reference.ClusterLeadership;
import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.support.CycleDriver;
import vn.vusta.thidua.engine.InvalidSubmissionException;
import vn.vusta.thidua.support.RegistrationValues;

@ThiDuaSpringTest
class RegistrationScenarioTest {

    private static final List<String> CLUSTER_8 = List.of("tien-giang", "ben-tre", "tra-vinh", "vinh-long", "dong-thap", "an-giang");

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
    Registrations registrations;
    @Autowired
    UnitProgress progress;
    @Autowired
    Notifications notifications;
    @Autowired
    ReferenceData reference;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        CycleDriver.setClock(2024, 1, 2);
    }

    @AfterEach
    void tearDown() {
        CycleDriver.resetClock();
    }

    @Test
    void everyUnitRegistersItsOwnValuesTheHeadReturnsOneAndTheClusterRegistrationIsSubmitted() {
        // cluster-8-2024 itself is replayed end to end by PublishedOutcomesReplayTest
        CycleDriver.setClock(2023, 1, 2);
        reference.saveLeadership(new ClusterLeadership(8, 2023, "vinh-long", "dong-thap", "test"));
        String key = open(8, 2023);
        List<Task> tasks = driver.tasks(key, "Task_RegisterTargets");
        assertThat(tasks).hasSize(6);
        assertThat(tasks).extracting(Task::getName).allMatch(n -> n.equals("Nộp đăng ký thi đua năm 2023 — hạn 31/03/2023"));
        assertThat(tasks.get(0).getDescription()).contains("Hạn nộp: 31/03/2023");
        assertThat(driver.formVariables("tien-giang", driver.task(key, "Task_RegisterTargets", "province-tien-giang").getId()))
                .as("a first registration starts empty").doesNotContainKeys("target1", "targetNote1", "aimFlag", "returnReason");

        for (int i = 0; i < CLUSTER_8.size(); i++) {
            String unit = CLUSTER_8.get(i);
            driver.submit(unit, driver.task(key, "Task_RegisterTargets", "province-" + unit).getId(), registration(10 + i, i % 2 == 0));
        }
        driver.runJobs(key);

        assertThat(registrations.allLatest(key)).hasSize(6).allSatisfy(r -> {
            int i = CLUSTER_8.indexOf(r.province());
            assertThat(r.targets().get(0).target()).isEqualByComparingTo(BigDecimal.valueOf(10 + i));
            assertThat(r.targets().get(7).description()).isEqualTo("mô tả 8 của " + (10 + i));
            assertThat(r.aimFlag()).isEqualTo(i % 2 == 0);
            assertThat(r.submittedBy()).isEqualTo(r.province());
            assertThat(r.late()).isFalse();
        });
        ProcessInstance phase = phaseInstance(key);
        assertThat(runtimeService.getVariables(phase.getId())).doesNotContainKeys("target1", "aimFlag", "covenantAccepted");
        // submitted values are transient: stored in the domain table only, never as engine variables or history
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(phase.getId())
                .variableNameLike("target%").count()).isZero();
        assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(phase.getId()).count()
                - engine.getHistoryService().createHistoricDetailQuery().processInstanceId(phase.getId()).variableUpdates().count())
                .as("form field history rows").isZero();
        // the multi-instance counters leave no history; each unit's instance variable does
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(phase.getId())
                .variableNameIn("loopCounter", "nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances").count()).isZero();
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(phase.getId())
                .variableName("unit").count()).isEqualTo(CLUSTER_8.size());

        Task review = driver.task(key, "Task_ReviewRegistrations", "province-vinh-long");
        assertThat(review).isNotNull();
        assertThat(driver.formVariables("vinh-long", review.getId())).containsKeys("registrations", "memberOptions");
        driver.submit("vinh-long", review.getId(),
                Map.of("decision", "return", "returnUnit", "ben-tre", "returnReason", "Chỉ tiêu lĩnh vực 6 quá thấp"));

        Task correction = driver.task(key, "Task_CorrectRegistration", "province-ben-tre");
        assertThat(correction.getName()).startsWith("Sửa và nộp lại đăng ký thi đua năm 2023");
        Map<String, Object> shown = driver.formVariables("ben-tre", correction.getId());
        assertThat(shown).containsEntry("returnReason", "Chỉ tiêu lĩnh vực 6 quá thấp");
        assertThat(shown.get("target1")).as("as the form's text field shows it").isEqualTo("11");
        assertThat(progress.of(key, Phase.REGISTRATION)).filteredOn(s -> s.province().equals("ben-tre"))
                .extracting(UnitStatus::status).containsExactly(UnitStatus.Status.RETURNED);

        Map<String, Object> corrected = registration(11, false);
        corrected.put("target6", "5,5"); // as Tasklist sends it: text with the decimal comma
        driver.submit("ben-tre", correction.getId(), corrected);
        driver.runJobs(key);
        driver.submit("vinh-long", driver.task(key, "Task_ReviewRegistrations", "province-vinh-long").getId(),
                Map.of("decision", "submit"));

        assertThat(registrations.history(key, "ben-tre")).extracting(Registration::version).containsExactly(1, 2);
        assertThat(registrations.latest(key, "ben-tre").orElseThrow().targets().get(5).target()).isEqualByComparingTo("5.5");
        assertThat(progress.of(key, Phase.REGISTRATION)).hasSize(6).allSatisfy(s -> assertThat(s.status()).isEqualTo(UnitStatus.Status.SUBMITTED));
        assertThat(phase).isEnded();
        assertThat(notifications.forGroups(List.of("council-office"))).anySatisfy(n -> assertThat(n.businessKey()).isEqualTo(key));
        assertThat(cycle(key)).isWaitingAt("CallActivity_MidYearReview");
    }

    @Test
    void aBadRegistrationIsRefusedWithAMessagePerFieldAndNothingIsStored() {
        String key = open(9, 2024);
        Task task = driver.task(key, "Task_RegisterTargets", "province-can-tho");
        Map<String, Object> bad = registration(1, false);
        bad.put("target3", -4);
        bad.put("target5", "nhiều");
        bad.put("targetNote2", "x".repeat(301));
        bad.put("covenantAccepted", false);

        assertThatThrownBy(() -> driver.submit("can-tho", task.getId(), bad))
                .isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("target3").hasMessageContaining("không được nhỏ hơn 0")
                .hasMessageContaining("target5").hasMessageContaining("phải là số")
                .hasMessageContaining("targetNote2").hasMessageContaining("tối đa 300")
                .hasMessageContaining("covenantAccepted");
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isOne();
        assertThat(registrations.latest(key, "can-tho")).isEmpty();
    }

    @Test
    void anOfficerCannotCompleteAnotherProvincesRegistration() {
        // cluster-3-2025 is the merger's scenario (MergerScenarioTest)
        reference.saveLeadership(new ClusterLeadership(3, 2141, "son-la", null, "test"));
        String key = open(3, 2141);
        Task laoCai = driver.task(key, "Task_RegisterTargets", "province-lao-cai");

        assertThatThrownBy(() -> driver.submit("son-la", laoCai.getId(), registration(1, true)))
                .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
        assertThat(registrations.latest(key, "lao-cai")).isEmpty();
    }

    @Test
    void aUnitThatMissesTheDeadlineIsRemindedEscalatedToTheHeadAndMarkedLate() {
        String key = open(9, 2023);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(phaseInstance(key).getId()).timers()
                .list()).as("one reminder and one deadline timer for the phase, not two per unit task")
                .extracting(Job::getJobDefinitionId).doesNotHaveDuplicates().hasSize(2);
        CycleDriver.setClock(2024, 3, 25);
        driver.runJobs(key);
        assertThat(progress.of(key, Phase.REGISTRATION)).allSatisfy(s -> assertThat(s.remindedAt()).isNotNull());
        assertThat(notifications.forGroups(List.of("province-ca-mau"))).anySatisfy(n -> assertThat(n.kind()).isEqualTo("REMINDER"));

        CycleDriver.setClock(2024, 4, 2);
        driver.runJobs(key);
        List<Notification> escalations = notifications.forGroups(List.of("province-can-tho")).stream()
                .filter(n -> n.kind().equals("ESCALATION") && n.businessKey().equals(key)).toList();
        assertThat(escalations).as("each late unit escalated to the head once, the head's own lateness too")
                .filteredOn(n -> n.message().contains("chưa nộp Đăng ký thi đua")).hasSize(6);
        assertThat(escalations).as("the head's late-unit tasks, past their own due date, are escalated as well; the "
                + "head's own lateness is the office's task").filteredOn(n -> n.message().contains("Xử lý đơn vị quá hạn"))
                .hasSize(5).noneSatisfy(n -> assertThat(n.message()).contains("Cần Thơ"));

        driver.submit("ca-mau", driver.task(key, "Task_RegisterTargets", "province-ca-mau").getId(), registration(3, false));
        assertThat(registrations.latest(key, "ca-mau").orElseThrow().late()).isTrue();
        assertThat(progress.of(key, Phase.REGISTRATION)).filteredOn(s -> s.province().equals("ca-mau"))
                .singleElement().satisfies(s -> {
                    assertThat(s.late()).isTrue();
                    assertThat(s.status()).isEqualTo(UnitStatus.Status.SUBMITTED);
                });
    }

    private String open(int cluster, int year) {
        CycleStarter.Outcome outcome = starter.start(cluster, year);
        assertThat(outcome.started()).as(outcome.reason()).isTrue();
        driver.runJobs(outcome.businessKey());
        return outcome.businessKey();
    }

    private ProcessInstance cycle(String key) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key)
                .processDefinitionKey(CycleStarter.PROCESS_KEY).singleResult();
    }

    private ProcessInstance phaseInstance(String key) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key)
                .processDefinitionKey("registration").singleResult();
    }

    static Map<String, Object> registration(int base, boolean aimFlag) {
        return RegistrationValues.sample(base, aimFlag, !aimFlag);
    }
}
