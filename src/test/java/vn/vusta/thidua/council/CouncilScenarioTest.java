package vn.vusta.thidua.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.vusta.thidua.support.CouncilDriver.CHAIR;
import static vn.vusta.thidua.support.CouncilDriver.CLUSTER;
import static vn.vusta.thidua.support.CouncilDriver.COUNCIL;
import static vn.vusta.thidua.support.CouncilDriver.HEAD;
import static vn.vusta.thidua.support.CouncilDriver.OFFICE;
import static vn.vusta.thidua.support.CouncilDriver.election;
import static vn.vusta.thidua.support.CouncilDriver.proposed;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.vusta.thidua.ThiDuaSpringTest;
import vn.vusta.thidua.cycle.Cycles;
import vn.vusta.thidua.cycle.Notifications;
import vn.vusta.thidua.cycle.Phase;
import vn.vusta.thidua.reference.ClusterLeadership;
import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.rules.Title;
import vn.vusta.thidua.support.CycleDriver;
import vn.vusta.thidua.system.AuditTrail;
import vn.vusta.thidua.engine.InvalidSubmissionException;
import vn.vusta.thidua.support.CouncilDriver;

/** One test per path through {@code council}, on cluster 6 in years no other test uses. */
@ThiDuaSpringTest
class CouncilScenarioTest {

    private static final String FLAG = "gia-lai:FLAG";
    private static final String MERIT = "khanh-hoa:MERIT";

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    CouncilDriver council;
    @Autowired
    CycleDriver driver;
    @Autowired
    Awards awards;
    @Autowired
    CouncilVotes votes;
    @Autowired
    DossierChecks checks;
    @Autowired
    ReferenceData reference;
    @Autowired
    Cycles cycles;
    @Autowired
    Notifications notifications;
    @Autowired
    AuditTrail audit;
    @Autowired
    CouncilReport report;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void tearDown() {
        CycleDriver.resetClock();
    }

    @Test
    void anAcceptedDossierIsVotedSignedAndTheAwardsAndNextLeadershipAreRecorded() {
        String key = council.toCouncil(2061, List.of(proposed("gia-lai", Title.FLAG, 5), proposed("khanh-hoa", Title.MERIT, 4)),
                election("dak-lak", "khanh-hoa"));
        assertThat(council.cycle(key)).isWaitingAt("CallActivity_CouncilApproval");
        Task check = council.checkTask(key);
        assertThat(check.getName()).isEqualTo("Thẩm định hồ sơ đề nghị khen thưởng năm 2061 — Cụm thi đua số 6 — hạn 31/12/2061");
        Map<String, Object> shown = driver.formVariables(OFFICE, check.getId());
        assertThat(shown).containsKeys("proposals", "dossierHistory").containsEntry("nextHead", "Đắk Lắk")
                .containsEntry("nextDeputy", "Khánh Hoà");

        council.accept(key);

        assertThat(driver.tasks(key, "Task_CouncilVote")).extracting(Task::getAssignee)
                .containsExactlyInAnyOrderElementsOf(COUNCIL);
        Map<String, Object> ballot = driver.formVariables("council-1", council.voteTask(key, "council-1").getId());
        assertThat(ballot.get("nomineeOptions").toString()).contains(FLAG, "Gia Lai — Cờ thi đua", MERIT);
        // computed when the form opens, as the JSON text Tasklist parses (CycleDriver reads as Tasklist does)
        assertThat(ballot.get("nomineeOptions")).isInstanceOf(String.class);
        assertThat(ballot.get("proposals")).isInstanceOf(String.class).asString().contains("Gia Lai");
        assertThat(taskService.getVariables(council.voteTask(key, "council-1").getId()))
                .doesNotContainKeys("nomineeOptions", "proposals");
        council.vote(key, "council-1", List.of(FLAG, MERIT));
        // each member's choice stays local to the member's task
        assertThat(runtimeService.getVariables(council.phase(key).getId())).doesNotContainKeys("approved", "remarks");
        council.vote(key, "council-2", List.of(FLAG, MERIT));
        council.vote(key, "council-3", List.of(FLAG));
        council.vote(key, "council-4", List.of(MERIT, FLAG));
        council.vote(key, "council-5", List.of());
        driver.runJobs(key);

        assertThat(votes.ballots(key)).hasSize(5);
        assertThat(votes.tally(key)).extracting(t -> t.nominee().key() + " " + t.explanation()).containsExactly(
                FLAG + " 4/5 phiếu — đạt trên 50 %", MERIT + " 3/5 phiếu — đạt trên 50 %");
        Task sign = council.signTask(key);
        assertThat(driver.formVariables(CHAIR, sign.getId()).get("approvedNominees").toString()).contains("Gia Lai", "Khánh Hoà");

        council.sign(key, "125/QĐ-LHHVN", "2061-12-21");

        assertThat(awards.ofCycle(key)).extracting(a -> a.unit() + ":" + a.title() + " " + a.decisionNumber() + " "
                + a.decisionDate() + " " + a.year() + " " + a.cluster() + " " + a.status()).containsExactly(
                        FLAG + " 125/QĐ-LHHVN 2061-12-21 2061 6 ACTIVE", MERIT + " 125/QĐ-LHHVN 2061-12-21 2061 6 ACTIVE");
        assertThat(awards.decision(key).orElseThrow().signedBy()).isEqualTo(CHAIR);
        assertThat(reference.leadership(CLUSTER, 2062)).contains(new ClusterLeadership(CLUSTER, 2062, "dak-lak", "khanh-hoa",
                "bầu tại hội nghị tổng kết năm 2061, quyết định 125/QĐ-LHHVN"));
        assertThat(council.phase(key)).isNull();
        assertThat(notifications.forGroups(List.of("province-" + HEAD)))
                .anySatisfy(n -> assertThat(n.kind() + " " + n.message()).startsWith(
                        "AWARDS_DECIDED Quyết định khen thưởng 125/QĐ-LHHVN ngày 21/12/2061 cho "));
        assertThat(audit.entriesFor(key + "/council/")).extracting(AuditTrail.Entry::action)
                .contains("ACCEPT_DOSSIER", "COUNCIL_VOTE", "SIGN_AWARD_DECISION", "RECORD_NEXT_LEADERSHIP");

        // the parent closes this year and opens the next one with the elected head
        assertThat(cycles.find(key).orElseThrow().phase()).isEqualTo(Phase.DONE);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("cluster-6-2062").count()).isOne();

        Map<String, Object> results = report.report(cycles.find(key).orElseThrow());
        assertThat(results).containsKeys("checks", "councilVotes", "decision", "awards", "nextLeadership");
        assertThat(results.get("councilVotes").toString()).contains("approvedBy=[council-1, council-2, council-3, council-4]");
    }

    @Test
    void theOfficeReturnsTheDossierTheHeadCorrectsItAndTheOfficeAcceptsIt() {
        String key = council.toCouncil(2063, List.of(proposed("gia-lai", Title.FLAG, 5)), election("dak-lak", "gia-lai"));

        driver.submit(OFFICE, council.checkTask(key).getId(),
                Map.of("decision", "return", "returnSubject", "OTHER", "returnReason", "Thiếu báo cáo thành tích của LHH Gia Lai"));

        Task correction = driver.task(key, "Task_CorrectDossier", "province-" + HEAD);
        assertThat(correction.getName()).startsWith("Sửa hồ sơ đề nghị khen thưởng năm 2063");
        assertThat(driver.formVariables(HEAD, correction.getId()))
                .containsEntry("returnReason", "Thiếu báo cáo thành tích của LHH Gia Lai");
        assertThat(notifications.forGroups(List.of("province-" + HEAD)))
                .anySatisfy(n -> {
                    assertThat(n.kind()).isEqualTo("DOSSIER_RETURNED");
                    assertThat(n.message()).contains("Thiếu báo cáo thành tích");
                });
        assertThatThrownBy(() -> driver.submit(HEAD, correction.getId(), Map.of("correctionAction", "CORRECTED", "correction", "x".repeat(2001))))
                .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("correction");

        driver.submit(HEAD, correction.getId(), Map.of("correctionAction", "CORRECTED", "correction",
                "Đã bổ sung báo cáo thành tích của LHH Gia Lai"));
        driver.runJobs(key);
        assertThat(notifications.forGroups(List.of(OFFICE))).anySatisfy(n -> assertThat(n.kind()).isEqualTo("DOSSIER_CORRECTED"));
        Task again = council.checkTask(key);
        assertThat(driver.formVariables(OFFICE, again.getId()).get("dossierHistory").toString())
                .contains("Thiếu báo cáo thành tích", "Đã bổ sung báo cáo");

        council.accept(key);

        assertThat(checks.of(key)).extracting(c -> c.round() + " " + c.outcome() + " " + c.actor())
                .containsExactly("1 RETURNED council-office", "1 CORRECTED " + HEAD, "2 ACCEPTED council-office");
        assertThat(audit.entriesFor(key + "/council/dossier")).extracting(AuditTrail.Entry::action)
                .containsExactly("RETURN_DOSSIER", "CORRECT_DOSSIER", "ACCEPT_DOSSIER");
        assertThat(driver.tasks(key, "Task_CouncilVote")).hasSize(COUNCIL.size());
    }

    @Test
    void aNomineeWithTooFewCouncilApprovalsGetsNoAwardAndOnlyCouncilMembersCanVote() {
        String key = council.toCouncil(2065, List.of(proposed("gia-lai", Title.FLAG, 5), proposed("khanh-hoa", Title.MERIT, 4)),
                election("dak-lak", "khanh-hoa"));
        council.accept(key);
        Task councilOne = council.voteTask(key, "council-1");

        assertThatThrownBy(() -> driver.submit("gia-lai", councilOne.getId(),
                Map.of("approved", CouncilDriver.checklist(List.of(FLAG))))).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> driver.submit(OFFICE, councilOne.getId(),
                Map.of("approved", CouncilDriver.checklist(List.of(FLAG))))).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> council.vote(key, "council-1", List.of(FLAG, "ha-noi:FLAG")))
                .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("ha-noi:FLAG");
        assertThat(taskService.createTaskQuery().taskId(councilOne.getId()).count()).isOne();
        assertThat(votes.ballots(key)).isEmpty();

        council.vote(key, "council-1", List.of(FLAG, MERIT));
        council.vote(key, "council-2", List.of(FLAG, MERIT));
        council.vote(key, "council-3", List.of(FLAG));
        council.vote(key, "council-4", List.of(FLAG));
        council.vote(key, "council-5", List.of(FLAG));
        driver.runJobs(key);

        assertThat(votes.tally(key)).extracting(t -> t.nominee().key() + " " + t.approved() + " " + t.explanation())
                .containsExactly(FLAG + " true 5/5 phiếu — đạt trên 50 %", MERIT + " false 2/5 phiếu — không đạt trên 50 %");
        assertThat(driver.formVariables(CHAIR, council.signTask(key).getId()).get("rejectedNominees").toString())
                .contains("Khánh Hoà", "2/5 phiếu — không đạt trên 50 %");

        council.sign(key, "7/2065/QĐ-LHHVN", "2065-12-20");

        assertThat(awards.ofCycle(key)).extracting(a -> a.unit() + ":" + a.title()).containsExactly(FLAG);
    }

    @Test
    void aBadDecisionNumberOrDateIsRefusedAndTheTaskStaysOpen() {
        String key = council.toCouncil(2067, List.of(), election("dak-lak", "khanh-hoa"));
        council.accept(key);

        // nobody is proposed: no council vote, straight to the chair with empty lists
        assertThat(driver.tasks(key, "Task_CouncilVote")).isEmpty();
        Task sign = council.signTask(key);
        assertThat(sign).isNotNull();

        assertThatThrownBy(() -> driver.submit(CHAIR, sign.getId(), Map.of("decisionNumber", "125-QD", "decisionDate", "21/12/2067")))
                .isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("decisionNumber").hasMessageContaining("125/QĐ-LHHVN")
                .hasMessageContaining("decisionDate").hasMessageContaining("yyyy-MM-dd");
        assertThatThrownBy(() -> driver.submit(CHAIR, sign.getId(), Map.of("decisionNumber", "125/QĐ-LHHVN", "decisionDate", "2068-01-05")))
                .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("không được sau hôm nay");
        assertThatThrownBy(() -> driver.submit(CHAIR, sign.getId(),
                Map.of("decisionNumber", "1".repeat(45) + "/QĐ-LHHVN", "decisionDate", "2067-12-21")))
                .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("tối đa 50");
        assertThatThrownBy(() -> driver.submit("dak-lak", sign.getId(), Map.of("decisionNumber", "125/QĐ-LHHVN",
                "decisionDate", "2067-12-21"))).isInstanceOf(AuthorizationException.class);
        assertThat(taskService.createTaskQuery().taskId(sign.getId()).count()).isOne();
        assertThat(awards.decision(key)).isEmpty();

        council.sign(key, "125/QĐ-LHHVN", "2067-12-21");

        assertThat(awards.decision(key)).isPresent();
        assertThat(awards.ofCycle(key)).isEmpty();
        assertThat(reference.leadership(CLUSTER, 2068).orElseThrow().headCode()).isEqualTo("dak-lak");
        assertThat(LocalDate.of(2067, 12, 21)).isEqualTo(awards.decision(key).orElseThrow().date());
    }
}
