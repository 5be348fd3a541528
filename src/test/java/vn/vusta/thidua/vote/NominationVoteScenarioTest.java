package vn.vusta.thidua.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import vn.vusta.thidua.ThiDuaSpringTest;
import vn.vusta.thidua.cycle.Cycles;
import vn.vusta.thidua.cycle.Notifications;
import vn.vusta.thidua.cycle.Phase;
import vn.vusta.thidua.cycle.PhaseTallies;
import vn.vusta.thidua.rules.Title;
import vn.vusta.thidua.support.CycleDriver;
import vn.vusta.thidua.support.VoteFixture.UnitYear;
import vn.vusta.thidua.engine.InvalidSubmissionException;
import vn.vusta.thidua.support.VoteFixture;

/**
 * One test per path through {@code vote}, on a real cycle (registration driven through, scores written):
 * clusters and years no other test uses — cluster 6 in 2030, 2032, 2033 and cluster 3 in 2022.
 */
@ThiDuaSpringTest
class NominationVoteScenarioTest {

    /**
     * Cluster 6 as re-formed after the 2025 merger (SharedTestWorld): Quảng Ngãi head, Gia Lai deputy; flag: QN, GL
     * eligible; merit: QN, GL, Đắk Lắk, Đà Nẵng.
     */
    static final List<UnitYear> CLUSTER_6 = List.of(
            new UnitYear("quang-ngai", true, true, "110", "100", 1),
            new UnitYear("gia-lai", true, true, "105", "100", 2),
            new UnitYear("dak-lak", false, true, "100", "100", 3),
            new UnitYear("khanh-hoa", false, true, "95", "87.5", 5),
            new UnitYear("da-nang", false, true, "98", "100", 4),
            new UnitYear("lam-dong", false, false, null, null, null));

    @Autowired
    ProcessEngine engine;
    @Autowired
    ApplicationContext context;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    CycleDriver driver;
    @Autowired
    Nominations nominations;
    @Autowired
    BallotBox box;
    @Autowired
    VoteMinutes minutes;
    @Autowired
    Notifications notifications;
    @Autowired
    PhaseTallies tallies;
    @Autowired
    Cycles cycles;
    @Autowired
    VotePhaseReport report;

    VoteFixture fixture;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        fixture = new VoteFixture(context);
    }

    @AfterEach
    void tearDown() {
        CycleDriver.resetClock();
    }

    @Test
    void membersVoteTheFlagCertificateHeadAndDeputyAndTheHeadSendsTheDossier() {
        String key = fixture.openVote(6, 2030, "quang-ngai", "gia-lai", CLUSTER_6);
        List<Task> ballots = driver.tasks(key, "Task_CastBallot");
        assertThat(ballots).hasSize(6).extracting(Task::getName)
                .allMatch(name -> name.startsWith("Bỏ phiếu bình xét thi đua năm 2030 — hạn "));
        Map<String, Object> shown = driver.formVariables("quang-ngai", fixture.ballotTask(key, "quang-ngai").getId());
        assertThat(shown).containsKeys("ranking", "headOptions", "deputyOptions", "flagQuota", "meritQuota");
        assertThat(shown.get("flagOptions").toString()).contains("gia-lai").doesNotContain("quang-ngai");
        // the unit's own options are computed when its form opens, not stored on its task
        assertThat(runtimeService.getVariablesLocal(fixture.ballotTask(key, "quang-ngai").getExecutionId()))
                .doesNotContainKeys("flagOptions", "meritOptions");
        assertThat(shown.get("headOptions").toString()).doesNotContain("quang-ngai").contains("ứng viên mặc định");

        fixture.vote(key, "quang-ngai", List.of("gia-lai"), List.of("dak-lak"), "gia-lai", "dak-lak");
        fixture.vote(key, "gia-lai", List.of("quang-ngai"), List.of("dak-lak"), "gia-lai", "dak-lak");
        fixture.vote(key, "dak-lak", List.of("quang-ngai"), List.of("da-nang"), "gia-lai", "dak-lak");
        fixture.vote(key, "khanh-hoa", List.of("quang-ngai"), List.of("dak-lak"), "gia-lai", "da-nang");
        fixture.vote(key, "da-nang", List.of("quang-ngai"), List.of("dak-lak"), "gia-lai", "dak-lak");
        fixture.vote(key, "lam-dong", List.of("quang-ngai"), List.of(), "dak-lak", "gia-lai");
        fixture.runVoteJobs(key);

        ProcessInstance vote = fixture.voteInstance(key);
        assertThat(vote).isWaitingAt("Task_ConfirmMinutes");
        assertThat(nominations.proposed(key)).extracting(NomineeOutcome::unit, NomineeOutcome::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("quang-ngai", Title.FLAG),
                        org.assertj.core.groups.Tuple.tuple("dak-lak", Title.MERIT));
        assertThat(nominations.all(key)).filteredOn(o -> o.unit().equals("quang-ngai") && o.title() == Title.FLAG)
                .singleElement().satisfies(o -> assertThat(o.threshold()).isEqualTo("5/6 phiếu — đạt trên 50 %"));
        assertThat(nominations.all(key)).filteredOn(o -> o.unit().equals("khanh-hoa") && o.title() == Title.MERIT)
                .singleElement().satisfies(o -> assertThat(o.reason()).isEqualTo("chưa hoàn thành 100 % chỉ tiêu"));
        assertThat(nominations.all(key)).filteredOn(o -> o.unit().equals("lam-dong") && o.title() == Title.MERIT)
                .singleElement().satisfies(o -> assertThat(o.reason()).isEqualTo("không nộp tổng kết"));
        ElectionOutcome election = nominations.election(key).orElseThrow();
        assertThat(election.head()).isEqualTo("gia-lai");
        assertThat(election.headVotes()).isEqualTo(5);
        assertThat(election.deputy()).isEqualTo("dak-lak");
        assertThat(election.explanation()).as("the election text names the provinces")
                .isEqualTo("Cụm trưởng năm sau: Gia Lai (5/6 phiếu). Cụm phó năm sau: Đắk Lắk (4/6 phiếu).");
        assertThat(box.ballots(key, 1)).hasSize(6);
        assertThat(tallies.latest(key, Phase.VOTE).orElseThrow()).containsEntry("proposedFlag", List.of("quang-ngai"))
                .containsEntry("nextHead", "gia-lai");

        Task confirm = driver.task(key, "Task_ConfirmMinutes", "province-quang-ngai");
        Map<String, Object> minutesForm = driver.formVariables("quang-ngai", confirm.getId());
        assertThat(minutesForm).containsKey("outcomes");
        assertThat(minutesForm.get("electionText").toString()).contains("Gia Lai (5 phiếu)");
        assertThatThrownBy(() -> driver.submit("quang-ngai", confirm.getId(),
                Map.of("meetingDate", "08/12/2030", "meetingPlace", "", "membersPresent", 9L, "confirmed", false)))
                .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("meetingDate")
                .hasMessageContaining("meetingPlace").hasMessageContaining("membersPresent").hasMessageContaining("confirmed");
        driver.submit("quang-ngai", confirm.getId(), Map.of("meetingDate", "2030-12-08", "meetingPlace",
                "Hội trường LHH Quảng Ngãi", "membersPresent", 6L, "confirmed", true));

        assertThat(vote).isEnded();
        VoteMinutes.Minutes recorded = minutes.of(key).orElseThrow();
        assertThat(recorded.meetingDate()).hasToString("2030-12-08");
        assertThat(recorded.confirmedBy()).isEqualTo("quang-ngai");
        assertThat(notifications.forGroups(List.of("council-office")))
                .anySatisfy(n -> {
                    assertThat(n.businessKey()).isEqualTo(key);
                    assertThat(n.message()).contains("Quảng Ngãi — Cờ thi đua").contains("Đắk Lắk — Bằng khen");
                });
        Map<String, Object> phase = report.report(cycles.find(key).orElseThrow());
        assertThat(phase.toString()).contains("voted=true").doesNotContain("voted=false");
        assertThat(phase).containsKeys("rounds", "outcomes", "election", "minutes");
    }

    @Test
    void aTieAtTheQuotaBoundaryGoesToARunoffThatDecides() {
        List<UnitYear> cluster3 = List.of(
                new UnitYear("son-la", true, true, "112", "100", 1),
                new UnitYear("hoa-binh", true, true, "108", "100", 2),
                new UnitYear("lao-cai", true, true, "106", "100", 3),
                new UnitYear("yen-bai", true, true, "104", "100", 4),
                new UnitYear("dien-bien", true, true, "102", "100", 5),
                new UnitYear("lai-chau", true, true, "101", "100", 6),
                new UnitYear("phu-tho", true, true, "99", "90", 7),
                new UnitYear("vinh-phuc", true, true, "97", "90", 8));
        String key = fixture.openVote(3, 2022, "son-la", "hoa-binh", cluster3);
        List<String> merit = List.of("dien-bien", "lai-chau");
        fixture.vote(key, "son-la", List.of("hoa-binh", "lao-cai"), merit, "lao-cai", "yen-bai");
        fixture.vote(key, "hoa-binh", List.of("son-la", "lao-cai"), merit, "lao-cai", "yen-bai");
        fixture.vote(key, "lao-cai", List.of("son-la", "hoa-binh"), merit, "lao-cai", "yen-bai");
        fixture.vote(key, "dien-bien", List.of("son-la", "hoa-binh"), List.of("lai-chau"), "lao-cai", "yen-bai");
        fixture.vote(key, "lai-chau", List.of("son-la", "lao-cai"), List.of("dien-bien"), "lao-cai", "yen-bai");
        fixture.vote(key, "yen-bai", List.of("son-la", "hoa-binh"), merit, "lao-cai", "yen-bai");
        fixture.vote(key, "vinh-phuc", List.of("son-la", "lao-cai"), merit, "lao-cai", "yen-bai");
        fixture.vote(key, "phu-tho", List.of("hoa-binh", "lao-cai"), merit, "lao-cai", "yen-bai");
        fixture.runVoteJobs(key);

        assertThat(driver.tasks(key, "Task_CastRunoffBallot")).hasSize(8);
        assertThat(nominations.proposed(key)).isEmpty();
        Map<String, Object> shown = driver.formVariables("son-la", fixture.runoffTask(key, "son-la").getId());
        assertThat(shown).containsEntry("runoffTitle", "FLAG").containsEntry("runoffSeats", 1);
        assertThat(shown.get("runoffOptions").toString()).contains("hoa-binh", "lao-cai").doesNotContain("son-la");
        assertThat(driver.formVariables("lao-cai", fixture.runoffTask(key, "lao-cai").getId()).get("runoffOptions")
                .toString()).contains("hoa-binh").doesNotContain("\"lao-cai\"");

        assertThatThrownBy(() -> fixture.runoff(key, "son-la", "flag", List.of("hoa-binh", "lao-cai")))
                .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("chọn tối đa 1");
        assertThatThrownBy(() -> fixture.runoff(key, "son-la", "merit", List.of("dien-bien")))
                .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("vòng bầu lại chỉ bầu Cờ thi đua");
        assertThatThrownBy(() -> fixture.runoff(key, "son-la", "flag", List.of("yen-bai")))
                .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("không thuộc danh sách bầu lại");

        fixture.runoff(key, "son-la", "flag", List.of("hoa-binh"));
        fixture.runoff(key, "hoa-binh", "flag", List.of());
        fixture.runoff(key, "lao-cai", "flag", List.of("hoa-binh"));
        fixture.runoff(key, "dien-bien", "flag", List.of("hoa-binh"));
        fixture.runoff(key, "lai-chau", "flag", List.of("lao-cai"));
        fixture.runoff(key, "yen-bai", "flag", List.of("hoa-binh"));
        fixture.runoff(key, "vinh-phuc", "flag", List.of("lao-cai"));
        fixture.runoff(key, "phu-tho", "flag", List.of("hoa-binh"));
        fixture.runVoteJobs(key);

        assertThat(fixture.voteInstance(key)).isWaitingAt("Task_ConfirmMinutes");
        assertThat(box.rounds(key)).hasSize(2);
        assertThat(box.ballots(key, 2)).hasSize(8);
        assertThat(nominations.proposed(key)).extracting(o -> o.unit() + ":" + o.title())
                .containsExactly("son-la:FLAG", "hoa-binh:FLAG", "dien-bien:MERIT", "lai-chau:MERIT");
        assertThat(nominations.all(key)).filteredOn(o -> o.title() == Title.FLAG)
                .extracting(NomineeOutcome::unit, NomineeOutcome::reason).contains(
                        org.assertj.core.groups.Tuple.tuple("hoa-binh", "thắng khi bầu lại (5 phiếu)"),
                        org.assertj.core.groups.Tuple.tuple("lao-cai", "thua khi bầu lại (2 phiếu)"));
        assertThat(nominations.election(key).orElseThrow().head()).isEqualTo("lao-cai");
        assertThat(nominations.election(key).orElseThrow().deputy()).isEqualTo("yen-bai");
    }

    @Test
    void nobodyReachingTheThresholdProposesNobodyButTheElectionStands() {
        String key = fixture.openVote(6, 2032, "quang-ngai", "gia-lai", CLUSTER_6);
        fixture.vote(key, "quang-ngai", List.of("gia-lai"), List.of("dak-lak"), "gia-lai", "dak-lak");
        fixture.vote(key, "gia-lai", List.of("quang-ngai"), List.of("da-nang"), "gia-lai", "dak-lak");
        fixture.vote(key, "dak-lak", List.of("quang-ngai"), List.of("da-nang"), "gia-lai", "dak-lak");
        fixture.vote(key, "khanh-hoa", List.of("gia-lai"), List.of("dak-lak"), "dak-lak", "gia-lai");
        fixture.vote(key, "da-nang", List.of("quang-ngai"), List.of("dak-lak"), "gia-lai", "dak-lak");
        fixture.vote(key, "lam-dong", List.of("gia-lai"), List.of(), "gia-lai", "khanh-hoa");
        fixture.runVoteJobs(key);

        assertThat(fixture.voteInstance(key)).isWaitingAt("Task_ConfirmMinutes");
        assertThat(driver.tasks(key, "Task_CastRunoffBallot")).isEmpty();
        assertThat(nominations.proposed(key)).isEmpty();
        assertThat(nominations.all(key)).filteredOn(o -> o.unit().equals("quang-ngai") && o.title() == Title.FLAG)
                .singleElement().satisfies(o -> {
                    assertThat(o.reason()).isEqualTo("không đạt ngưỡng");
                    assertThat(o.threshold()).isEqualTo("3/6 phiếu — không đạt trên 50 %");
                });
        assertThat(nominations.election(key).orElseThrow().head()).isEqualTo("gia-lai");

        driver.submit("quang-ngai", driver.task(key, "Task_ConfirmMinutes", "province-quang-ngai").getId(),
                Map.of("meetingDate", "2032-12-09", "meetingPlace", "Quảng Ngãi", "membersPresent", 5L, "confirmed", true));
        assertThat(fixture.voteInstance(key)).isNull();
        assertThat(notifications.forGroups(List.of("council-office")))
                .anySatisfy(n -> assertThat(n.message()).contains("năm 2032").contains("không đề nghị đơn vị nào"));
    }

    @Test
    void refusedBallotsAreNotCountedAndTheTaskStaysOpen() {
        String key = fixture.openVote(6, 2033, "quang-ngai", "gia-lai", CLUSTER_6);
        Task quangNgai = fixture.ballotTask(key, "quang-ngai");

        assertThatThrownBy(() -> fixture.vote(key, "quang-ngai", List.of("quang-ngai"), List.of(), "gia-lai", "dak-lak"))
                .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("không được tự bỏ phiếu");
        assertThatThrownBy(() -> fixture.vote(key, "quang-ngai", List.of("da-nang"), List.of(), "gia-lai", "dak-lak"))
                .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("«Đà Nẵng» không đủ điều kiện");
        assertThatThrownBy(() -> fixture.vote(key, "quang-ngai", List.of(), List.of("ha-noi"), "gia-lai", "dak-lak"))
                .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("«Hà Nội» không phải thành viên");
        assertThatThrownBy(() -> fixture.vote(key, "dak-lak", List.of("quang-ngai", "gia-lai"), List.of(), "gia-lai", "dak-lak"))
                .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("chọn tối đa 1");
        assertThatThrownBy(() -> fixture.vote(key, "dak-lak", List.of("gia-lai"), List.of("gia-lai"), "gia-lai", "dak-lak"))
                .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("mỗi đơn vị chỉ nhận một danh hiệu");
        assertThatThrownBy(() -> fixture.vote(key, "dak-lak", List.of(), List.of(), "quang-ngai", "quang-ngai"))
                .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("nextHead").hasMessageContaining("nextDeputy");
        assertThatThrownBy(() -> driver.submit("dak-lak", quangNgai.getId(),
                VoteFixture.ballot(List.of("gia-lai"), List.of(), "gia-lai", "dak-lak")))
                .isInstanceOf(AuthorizationException.class);

        assertThat(taskService.createTaskQuery().taskId(quangNgai.getId()).count()).isOne();
        assertThat(box.ballots(key, 1)).isEmpty();
        assertThat(box.participation(key)).isEmpty();
        // the refused choice is not kept anywhere in the engine
        assertThat(runtimeService.getVariables(quangNgai.getExecutionId())).doesNotContainKeys("flag", "merit", "nextHead");

        fixture.vote(key, "khanh-hoa", List.of("quang-ngai"), List.of("dak-lak"), "gia-lai", "dak-lak");
        assertThat(box.ballots(key, 1)).hasSize(1);

        // an administrator re-opens a ballot for a unit that has voted: its second ballot is refused
        ProcessInstance vote = fixture.voteInstance(key);
        ActivityInstance body = runtimeService.getActivityInstance(vote.getId())
                .getActivityInstances("Task_CastBallot#multiInstanceBody")[0];
        runtimeService.createProcessInstanceModification(vote.getId())
                .startBeforeActivity("Task_CastBallot", body.getId()).setVariableLocal("unit", "khanh-hoa")
                .execute();
        Task again = driver.task(key, "Task_CastBallot", "province-khanh-hoa");
        assertThatThrownBy(() -> driver.submit("khanh-hoa", again.getId(),
                VoteFixture.ballot(List.of("gia-lai"), List.of(), "gia-lai", "dak-lak")))
                .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("đã bỏ phiếu");
        assertThat(taskService.createTaskQuery().taskId(again.getId()).count()).isOne();
        assertThat(box.ballots(key, 1)).hasSize(1);
        assertThat(box.participation(key)).extracting(BallotBox.Participation::unit).containsExactly("khanh-hoa");
    }
}
