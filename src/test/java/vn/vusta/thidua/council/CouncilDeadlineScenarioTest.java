package vn.vusta.thidua.council;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vusta.thidua.support.CouncilDriver.COUNCIL;
import static vn.vusta.thidua.support.CouncilDriver.OFFICE;
import static vn.vusta.thidua.support.CouncilDriver.election;
import static vn.vusta.thidua.support.CouncilDriver.proposed;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import vn.vusta.thidua.ThiDuaSpringTest;
import vn.vusta.thidua.cycle.Notifications;
import vn.vusta.thidua.cycle.Phase;
import vn.vusta.thidua.cycle.PhaseTallies;
import vn.vusta.thidua.engine.EngineClock;
import vn.vusta.thidua.rules.Title;
import vn.vusta.thidua.support.CycleDriver;
import vn.vusta.thidua.support.RestTasks;
import vn.vusta.thidua.system.AuditTrail;
import vn.vusta.thidua.support.CouncilDriver;

/**
 * The council cannot stall: its tasks have deadlines from {@code thidua.council-calendar} (10 days for the check,
 * 14 for the vote, 7 for the signature, reminders 3 days before), the vote is tallied at its deadline with the votes
 * cast, and an unsigned decision is escalated to the office. Driven through {@code /engine-rest} as the council's
 * users; cluster 6 in 2160–2162.
 */
@ThiDuaSpringTest
class CouncilDeadlineScenarioTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FLAG = "gia-lai:FLAG";
    private static final String MERIT = "khanh-hoa:MERIT";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    CouncilDriver council;
    @Autowired
    CycleDriver driver;
    @Autowired
    CouncilVotes votes;
    @Autowired
    PhaseTallies tallies;
    @Autowired
    Notifications notifications;
    @Autowired
    AuditTrail audit;

    private RestTasks tasks;

    @BeforeEach
    void setUp() {
        tasks = new RestTasks(rest);
    }

    @AfterEach
    void tearDown() {
        CycleDriver.resetClock();
    }

    @Test
    void aMemberWhoNeverVotesCannotStallTheCouncilTheTallyRunsAtTheDeadlineOverAllMembers() throws Exception {
        String key = council.toCouncil(2160, List.of(proposed("gia-lai", Title.FLAG, 5), proposed("khanh-hoa", Title.MERIT, 4)),
                election("dak-lak", "khanh-hoa"));
        Task check = council.checkTask(key);
        assertThat(check.getDueDate().toInstant()).isEqualTo(endOfDay(2160, 12, 31));
        JsonNode shown = task(OFFICE, check.getId());
        assertThat(shown.get("due").isNull()).isFalse();
        assertThat(shown.get("name").asText()).endsWith("— hạn 31/12/2160");
        submit(OFFICE, check.getId(), Map.of("decision", "accept"));
        driver.runJobs(key);

        List<Task> ballots = driver.tasks(key, "Task_CouncilVote");
        assertThat(ballots).hasSize(COUNCIL.size()).allSatisfy(t ->
                assertThat(t.getDueDate().toInstant()).isEqualTo(endOfDay(2161, 1, 4)));
        assertThat(task("council-4", council.voteTask(key, "council-4").getId()).get("name").asText())
                .endsWith("— hạn 04/01/2161");
        vote(key, "council-1", List.of(FLAG, MERIT));
        vote(key, "council-2", List.of(FLAG, MERIT));
        vote(key, "council-3", List.of(FLAG));

        CycleDriver.setClock(2161, 1, 1);
        driver.runJobs(key);
        assertThat(notifications.forGroups(List.of(OFFICE))).anySatisfy(n -> {
            assertThat(n.businessKey()).isEqualTo(key);
            assertThat(n.kind()).isEqualTo("REMINDER");
            assertThat(n.message()).contains("Biểu quyết khen thưởng năm 2160", "2 thành viên chưa biểu quyết");
        });
        assertThat(driver.tasks(key, "Task_CouncilVote")).extracting(Task::getAssignee)
                .containsExactlyInAnyOrder("council-4", "council-5");

        CycleDriver.setClock(2161, 1, 5);
        driver.runJobs(key);

        assertThat(driver.tasks(key, "Task_CouncilVote")).as("the missing votes' tasks end at the deadline").isEmpty();
        assertThat(votes.ballots(key)).extracting(CouncilBallot::voter)
                .containsExactlyInAnyOrder("council-1", "council-2", "council-3");
        assertThat(votes.tally(key)).extracting(t -> t.nominee().key() + " " + t.explanation() + " " + t.approved())
                .containsExactly(FLAG + " 3/5 phiếu — đạt trên 50 % true", MERIT + " 2/5 phiếu — không đạt trên 50 % false");
        Map<String, Object> summary = tallies.latest(key, Phase.COUNCIL).orElseThrow();
        assertThat(summary).containsEntry("councilMembers", 5).containsEntry("voted", 3)
                .containsEntry("notVoted", List.of("council-4", "council-5")).containsEntry("missingVote", "NOT_APPROVING");
        assertThat(notifications.forGroups(List.of(OFFICE))).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo("COUNCIL_VOTE_CLOSED");
            assertThat(n.message()).contains("3/5 thành viên Hội đồng đã biểu quyết", "council-4, council-5",
                    "tính là không đồng ý");
        });
        Task sign = council.signTask(key);
        assertThat(sign.getDueDate().toInstant()).isEqualTo(endOfDay(2161, 1, 12));
    }

    @Test
    void theChairWhoNeverSignsIsEscalatedToTheOfficeAndKeepsTheTask() throws Exception {
        String key = council.toCouncil(2162, List.of(), election("dak-lak", "khanh-hoa"));
        submit(OFFICE, council.checkTask(key).getId(), Map.of("decision", "accept"));
        driver.runJobs(key);
        Task sign = council.signTask(key);
        assertThat(sign.getDueDate().toInstant()).isEqualTo(endOfDay(2162, 12, 28));
        assertThat(task(CouncilDriver.CHAIR, sign.getId()).get("name").asText()).endsWith("— hạn 28/12/2162");

        CycleDriver.setClock(2162, 12, 29);
        driver.runJobs(key);

        assertThat(notifications.forGroups(List.of(OFFICE))).filteredOn(n -> key.equals(n.businessKey()))
                .extracting(n -> n.kind() + " " + n.message()).contains(
                        "REMINDER Nhắc việc: Ký quyết định khen thưởng năm 2162 — Cụm thi đua số 6 — hạn 28/12/2162.",
                        "ESCALATION Quá hạn (hạn 28/12/2162): Chủ tịch Hội đồng chưa ký quyết định khen thưởng năm 2162"
                                + " — Cụm thi đua số 6. Đề nghị Thường trực Hội đồng đôn đốc.");
        assertThat(audit.entriesFor(key + "/council/decision")).extracting(AuditTrail.Entry::action)
                .containsExactly("ESCALATE_UNSIGNED_DECISION");
        assertThat(council.signTask(key).getId()).as("the task stays with the chair").isEqualTo(sign.getId());
        ResponseEntity<String> byOffice = tasks.submitForm(OFFICE, sign.getId(),
                Map.of("decisionNumber", "8/QĐ-LHHVN", "decisionDate", "2162-12-29"));
        assertThat(byOffice.getStatusCode().value()).as("the office cannot sign in the chair's place").isEqualTo(403);

        submit(CouncilDriver.CHAIR, sign.getId(), Map.of("decisionNumber", "7/QĐ-LHHVN", "decisionDate", "2162-12-29"));
        driver.runJobs(key);
        assertThat(council.phase(key)).isNull();
    }

    private void vote(String key, String member, List<String> approved) {
        submit(member, council.voteTask(key, member).getId(), Map.of("approved", approved));
    }

    private void submit(String user, String taskId, Map<String, Object> values) {
        ResponseEntity<String> response = tasks.submitForm(user, taskId, values);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(204);
    }

    private JsonNode task(String user, String taskId) throws Exception {
        ResponseEntity<String> response = tasks.call(user, HttpMethod.GET, taskId, null);
        return JSON.readTree(response.getBody());
    }

    private static java.time.Instant endOfDay(int year, int month, int day) {
        return LocalDateTime.of(year, month, day, 23, 59, 59).atZone(EngineClock.VIETNAM).toInstant();
    }
}
