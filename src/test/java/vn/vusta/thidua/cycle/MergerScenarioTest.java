package vn.vusta.thidua.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.vusta.thidua.ThiDuaSpringTest;
import vn.vusta.thidua.reference.ClusterLeadership;
import vn.vusta.thidua.reference.ProvinceHistory;
import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.registration.Registration;
import vn.vusta.thidua.registration.Registrations;
import vn.vusta.thidua.midyear.ProgressReport;
import vn.vusta.thidua.midyear.ProgressReports;
import vn.vusta.thidua.cycle.UnitScore;
import vn.vusta.thidua.yearend.UnitScores;
import vn.vusta.thidua.support.CycleDriver;
import vn.vusta.thidua.support.CycleReplay;
import vn.vusta.thidua.vote.Nominations;
import vn.vusta.thidua.vote.NomineeOutcome;
import vn.vusta.thidua.engine.InvalidSubmissionException;

/**
 * The 2025 merger inside running cycles, driven as the users would: cluster 3's 2025 cycle opens in January with
 * its eight members, the provinces merge on 1 July in the middle of the mid-year review, and the year ends with the
 * five units that exist voting and electing, the successors carrying their parts' submissions (DMN {@code merger},
 * SUM_OF_PARTS) and the 2026 cycle opening with exactly the units of 1 January 2026. Then cluster 6's 2025 cycle,
 * whose head merges into a unit outside the cluster, under a SUCCESSOR_OWN rule for that cluster-year.
 */
@ThiDuaSpringTest
class MergerScenarioTest {

    static final String KEY = "cluster-3-2025";
    static final List<String> BEFORE = List.of("lao-cai", "dien-bien", "lai-chau", "son-la", "yen-bai", "hoa-binh",
            "phu-tho", "vinh-phuc");
    static final List<String> AFTER = List.of("lao-cai", "dien-bien", "lai-chau", "son-la", "phu-tho");
    /** Year-end result per field (every target 20, so Phú Thọ's 60 and Lào Cai's 40 after the carry). */
    static final Map<String, Long> RESULTS = Map.of("phu-tho", 72L, "son-la", 23L, "lao-cai", 44L, "dien-bien", 21L,
            "lai-chau", 20L);

    @Autowired
    TestRestTemplate rest;
    @Autowired
    CycleDriver driver;
    @Autowired
    ReferenceData reference;
    @Autowired
    ProvinceHistory history;
    @Autowired
    Registrations registrations;
    @Autowired
    ProgressReports progressReports;
    @Autowired
    UnitScores scores;
    @Autowired
    Nominations nominations;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ManagementService managementService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    Cycles cycles;

    @AfterEach
    void tearDown() {
        CycleDriver.resetClock();
    }

    @Test
    void aCycleOfEightMergedOnTheFirstOfJulyEndsWithTheFiveUnitsThatExistAndOpens2026WithThem() throws IOException {
        reference.saveLeadership(new ClusterLeadership(3, 2025, "yen-bai", "hoa-binh", "merger scenario"));
        CycleDriver.setClock(2025, 1, 6);
        assertThat(admin().postForEntity("/api/cycles", Map.of("year", 2025, "cluster", 3), List.class).getBody()
                .toString()).contains("cluster-3-2025, started=true");
        driver.runJobs(KEY);
        assertThat(driver.tasks(KEY, "Task_RegisterTargets")).hasSize(8);
        for (String unit : BEFORE) {
            submit(unit, "Task_RegisterTargets", CycleReplay.registration(List.of("son-la", "phu-tho").contains(unit), true));
        }
        submit("yen-bai", "Task_ReviewRegistrations", Map.of("decision", "submit"));
        CycleDriver.setClock(2025, 6, 20);
        BEFORE.stream().filter(unit -> !unit.equals("vinh-phuc"))
                .forEach(unit -> submit(unit, "Task_ReportProgress", CycleReplay.progress()));

        // 1 July 2025: the administrator applies the merger (the nightly timer would do the same)
        CycleDriver.setClock(2025, 7, 1);
        assertThat(rest.withBasicAuth("son-la", "demo").postForEntity("/api/mergers/apply", Map.of(), Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        Map<String, Object> applied = admin().postForObject("/api/mergers/apply", Map.of("date", "2025-07-01"), Map.class);
        Map<String, Object> ours = report(applied, KEY);
        assertThat((List<String>) ours.get("left")).containsExactlyInAnyOrder("yen-bai", "hoa-binh", "vinh-phuc");
        assertThat(ours).containsEntry("head", "lao-cai").containsEntry("deputy", "phu-tho");
        assertThat((List<String>) ours.get("closedTasks")).containsExactly("Task_ReportProgress (vinh-phuc)");
        assertThat(ours.get("carried").toString()).contains("Đăng ký thi đua: số liệu của LHH Hoà Bình, LHH Vĩnh Phúc "
                + "được cộng vào LHH Phú Thọ", "Sơ kết 6 tháng: số liệu của LHH Hoà Bình được cộng vào LHH Phú Thọ");
        assertThat(report(admin().postForObject("/api/mergers/apply", Map.of("date", "2025-07-01"), Map.class), KEY))
                .as("applying again changes nothing").isNull();

        // the merged units' records stay; the successors carry them (SUM_OF_PARTS)
        assertThat(registrations.latest(KEY, "vinh-phuc")).get().extracting(Registration::version).isEqualTo(1);
        Registration phuTho = registrations.latest(KEY, "phu-tho").orElseThrow();
        assertThat(phuTho.version()).isEqualTo(2);
        assertThat(phuTho.targets()).allSatisfy(t -> assertThat(t.target()).isEqualByComparingTo("60"));
        assertThat(phuTho.aimFlag()).isTrue();
        assertThat(registrations.latest(KEY, "lao-cai").orElseThrow().targets().get(0).target()).isEqualByComparingTo("40");
        ProgressReport phuThoProgress = progressReports.latest(KEY, "phu-tho").orElseThrow();
        assertThat(phuThoProgress.items().get(0).target()).isEqualByComparingTo("40");
        assertThat(phuThoProgress.items().get(0).progress()).isEqualByComparingTo("55");
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(KEY)
                .taskDefinitionKey("Task_ReportProgress").taskDeleteReasonLike("%sáp nhập%").list())
                .singleElement().extracting(HistoricTaskInstance::getDeleteReason).asString()
                .startsWith("LHH Vĩnh Phúc đã sáp nhập vào LHH Phú Thọ từ ngày 01/07/2025");

        Map<String, Object> results = admin().getForObject("/api/cycles/" + KEY, Map.class);
        assertThat(results.get("members")).isEqualTo(AFTER);
        assertThat(results).containsEntry("head", "lao-cai").containsEntry("deputy", "phu-tho");
        assertThat((List<String>) results.get("formerMembers")).containsExactlyInAnyOrder("yen-bai", "hoa-binh", "vinh-phuc");
        assertThat(results.get("changes").toString()).contains("kind=HEAD", "Vai trò cụm trưởng chuyển từ LHH Yên Bái "
                + "sang đơn vị kế thừa LHH Lào Cai", "Vai trò cụm phó chuyển từ LHH Hoà Bình sang đơn vị kế thừa LHH Phú Thọ");
        assertThat(unit(results, "vinh-phuc")).containsEntry("member", false).containsEntry("mergedInto", "phu-tho");
        assertThat(unit(results, "vinh-phuc").get("phases").toString()).contains("status=CLOSED", "sáp nhập vào LHH Phú Thọ");
        Map<String, Object> yenBai = rest.withBasicAuth("yen-bai", "demo").getForObject("/api/cycles/" + KEY, Map.class);
        assertThat(yenBai).containsEntry("businessKey", KEY);

        // the mid-year review goes on with the new head
        driver.runJobs(KEY);
        Task record = driver.tasks(KEY, "Task_RecordMidYearReview").get(0);
        assertThat(driver.task(KEY, "Task_RecordMidYearReview", "province-lao-cai")).isNotNull();
        driver.submit("lao-cai", record.getId(), Map.of("meetingDate", "2025-07-08", "meetingPlace", "Lào Cai",
                "remarks", "Sơ kết sau sáp nhập."));
        driver.runJobs(KEY);

        // year end: only the five current units report; Phú Thọ against its summed targets
        CycleDriver.setClock(2025, 11, 5);
        assertThat(driver.tasks(KEY, "Task_ReportResults")).hasSize(5);
        Task phuThoResults = driver.task(KEY, "Task_ReportResults", "province-phu-tho");
        assertThat(driver.formVariables("phu-tho", phuThoResults.getId()).get("target1").toString()).startsWith("60");
        for (String unit : AFTER) {
            submit(unit, "Task_ReportResults", results(RESULTS.get(unit)));
        }
        submit("lao-cai", "Task_ReviewResults", Map.of("decision", "submit"));
        assertThat(scores.current(KEY)).extracting(UnitScore::province).containsExactlyInAnyOrderElementsOf(AFTER);
        assertThat(scores.current(KEY)).filteredOn(s -> s.province().equals("phu-tho")).singleElement()
                .satisfies(s -> assertThat(s.rank()).isOne());

        // the vote: five ballots, five in the threshold, only units that exist in 2026 on the ballot
        CycleDriver.setClock(2025, 12, 5);
        assertThat(driver.tasks(KEY, "Task_CastBallot")).hasSize(5);
        Map<String, Object> ballotForm = driver.formVariables("son-la", driver.task(KEY, "Task_CastBallot",
                "province-son-la").getId());
        assertThat(ballotForm).containsEntry("flagQuota", 1).containsEntry("meritQuota", 1);
        assertThat(ballotForm.get("headOptions").toString() + ballotForm.get("deputyOptions"))
                .doesNotContain("yen-bai", "hoa-binh", "vinh-phuc").contains("phu-tho", "son-la");
        assertThatThrownBy(() -> submit("son-la", "Task_CastBallot", ballot(List.of("phu-tho"), List.of(), "yen-bai",
                "dien-bien"))).isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("«Yên Bái» không phải thành viên");
        submit("phu-tho", "Task_CastBallot", ballot(List.of("son-la"), List.of("lao-cai"), "son-la", "dien-bien"));
        submit("son-la", "Task_CastBallot", ballot(List.of("phu-tho"), List.of("lao-cai"), "phu-tho", "dien-bien"));
        for (String unit : List.of("lao-cai", "dien-bien", "lai-chau")) {
            submit(unit, "Task_CastBallot", ballot(List.of("phu-tho"), List.of("son-la"), "phu-tho", "son-la"));
        }
        assertThat(nominations.proposed(KEY)).extracting(NomineeOutcome::unit, NomineeOutcome::threshold)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("phu-tho", "4/5 phiếu — đạt trên 50 %"),
                        org.assertj.core.groups.Tuple.tuple("son-la", "3/5 phiếu — đạt trên 50 %"));
        assertThat(nominations.election(KEY).orElseThrow()).satisfies(e -> {
            assertThat(e.head()).isEqualTo("phu-tho");
            assertThat(e.deputy()).isEqualTo("son-la");
        });
        try (XWPFWordExtractor minutes = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(admin()
                .getForObject("/api/cycles/" + KEY + "/documents/draft/minutes.docx", byte[].class))))) {
            assertThat(minutes.getText()).contains("Thành viên của cụm: 5 đơn vị", "Lào Cai (cụm trưởng)",
                    "Phú Thọ (cụm phó)", "Thay đổi thành viên, cụm trưởng, cụm phó trong năm 2025",
                    "- LHH Yên Bái đã sáp nhập vào LHH Lào Cai từ ngày 01/07/2025");
        }
        submit("lao-cai", "Task_ConfirmMinutes", Map.of("meetingDate", "2025-12-06", "meetingPlace", "Lào Cai",
                "membersPresent", 5L, "confirmed", true));

        // the council decides; the 2026 cycle opens with the units that exist on 1 January 2026
        CycleDriver.setClock(2025, 12, 28);
        driver.submit("council-office", driver.task(KEY, "Task_CheckDossier", "council-office").getId(),
                Map.of("decision", "accept"));
        driver.runJobs(KEY);
        for (Task vote : driver.tasks(KEY, "Task_CouncilVote")) {
            driver.submit(vote.getAssignee(), vote.getId(), Map.of("approved",
                    SpinValues.jsonValue("[\"phu-tho:FLAG\",\"son-la:MERIT\"]").create()));
        }
        driver.runJobs(KEY);
        CycleDriver.setClock(2026, 1, 12);
        driver.submit("council-chair", driver.task(KEY, "Task_SignDecision", "council-chair").getId(),
                Map.of("decisionNumber", "15/QĐ-LHHVN", "decisionDate", "2026-01-12"));
        driver.runJobs(KEY);

        List<String> existing = BEFORE.stream().filter(u -> history.existsOn(u, LocalDate.of(2026, 1, 1))).toList();
        assertThat(existing).containsExactlyInAnyOrderElementsOf(AFTER);
        Map<String, Object> next = admin().getForObject("/api/cycles/cluster-3-2026", Map.class);
        assertThat((List<String>) next.get("members")).containsExactlyInAnyOrderElementsOf(existing);
        assertThat(next).containsEntry("head", "phu-tho").containsEntry("deputy", "son-la");
        driver.runJobs("cluster-3-2026");
        assertThat(driver.tasks("cluster-3-2026", "Task_RegisterTargets")).hasSize(5);
    }

    @Test
    void aHeadMergedIntoAUnitOutsideTheClusterLeavesTheRoleToTheOfficeAndTheRuleCanCountOnlyTheSuccessorsOwn()
            throws IOException {
        // cluster 6 in 2025 counts the successor's own figures only: a row above the default of DMN merger
        String table = Files.readString(Path.of("processes/merger.dmn"), StandardCharsets.UTF_8).replace(
                "      <rule id=\"Rule_merger_default\">", """
                      <rule id="Rule_merger_cluster6_2025">
                        <description>Cụm 6 năm 2025: chỉ tính số liệu của đơn vị kế thừa (thử nghiệm)</description>
                        <inputEntry id="UnaryTests_c6_cluster"><text>6</text></inputEntry>
                        <inputEntry id="UnaryTests_c6_year"><text>2025</text></inputEntry>
                        <outputEntry id="LiteralExpression_c6_carry"><text>"SUCCESSOR_OWN"</text></outputEntry>
                      </rule>
                      <rule id="Rule_merger_default">""");
        repositoryService.createDeployment().name("merger rule for cluster 6, 2025").addString("merger.dmn", table).deploy();
        String key = "cluster-6-2025";
        reference.saveLeadership(new ClusterLeadership(6, 2025, "binh-dinh", "quang-ngai", "merger scenario"));
        CycleDriver.setClock(2025, 1, 6);
        assertThat(admin().postForEntity("/api/cycles", Map.of("year", 2025, "cluster", 6), List.class).getBody()
                .toString()).contains("cluster-6-2025, started=true");
        driver.runJobs(key);
        // five register before the merger; Bình Thuận has not when it merges into Lâm Đồng (outside cluster 6)
        for (String unit : List.of("quang-ngai", "binh-dinh", "phu-yen", "khanh-hoa", "ninh-thuan")) {
            submit(key, unit, "Task_RegisterTargets", CycleReplay.registration(false, true));
        }

        // the nightly timer of merger-watch on 1 July 2025
        CycleDriver.setClock(2025, 7, 1);
        Job nightly = managementService.createJobQuery().processDefinitionKey("merger-watch").timers().singleResult();
        managementService.executeJob(nightly.getId());
        driver.runJobs(key);

        Cycle cycle = cycles.find(key).orElseThrow();
        assertThat(cycle.members()).containsExactly("quang-ngai", "khanh-hoa");
        assertThat(cycle.head()).isNull();
        assertThat(cycle.deputy()).isEqualTo("quang-ngai");
        assertThat(registrations.latest(key, "khanh-hoa")).get().extracting(Registration::version).as("SUCCESSOR_OWN")
                .isEqualTo(1);
        assertThat(registrations.latest(key, "ninh-thuan")).isPresent();
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(key)
                .taskDeleteReasonLike("%Bình Thuận đã sáp nhập vào LHH Lâm Đồng%").count()).isOne();
        Task review = driver.task(key, "Task_ReviewRegistrations", "council-office");
        assertThat(review).as("the head's task waits for the office").isNotNull();
        Task choose = driver.tasks(key, "Task_ChooseLeader").get(0);
        assertThat(choose.getName()).isEqualTo("Chọn cụm trưởng năm 2025 — Cụm thi đua số 6");
        assertThat(choose.getDescription()).contains("LHH Bình Định không còn là thành viên cụm");
        Map<String, Object> form = driver.formVariables("council-office", choose.getId());
        assertThat(form.get("unitOptions").toString()).contains("khanh-hoa").doesNotContain("quang-ngai", "binh-dinh");

        assertThatThrownBy(() -> driver.submit("council-office", choose.getId(), Map.of("unit", "quang-ngai")))
                .isInstanceOf(InvalidSubmissionException.class);
        driver.submit("council-office", choose.getId(), Map.of("unit", "khanh-hoa"));
        assertThat(cycles.find(key).orElseThrow().head()).isEqualTo("khanh-hoa");
        assertThat(taskService.createTaskQuery().taskId(review.getId()).taskCandidateGroup("province-khanh-hoa").count())
                .as("the head's open task goes to the chosen head").isOne();
        assertThat(admin().getForObject("/api/cycles/" + key, Map.class).get("changes").toString())
                .contains("Cụm trưởng do Thường trực Hội đồng TĐKT chọn: LHH Khánh Hoà", "recordedBy=council-office");

        assertThat(admin().getForObject("/api/cycles/" + key, Map.class).get("phases").toString())
                .as("the tally after the merger counts the two members").contains("registered=[khanh-hoa, quang-ngai]");
        driver.submit("khanh-hoa", review.getId(), Map.of("decision", "submit"));
        driver.runJobs(key);
        assertThat(cycles.find(key).orElseThrow().phase()).isEqualTo(Phase.MID_YEAR);
    }

    private TestRestTemplate admin() {
        return rest.withBasicAuth("admin", "demo");
    }

    private void submit(String unit, String taskKey, Map<String, Object> values) {
        submit(KEY, unit, taskKey, values);
    }

    private void submit(String key, String unit, String taskKey, Map<String, Object> values) {
        Task task = driver.task(key, taskKey, "province-" + unit);
        assertThat(task).as(taskKey + " of " + unit).isNotNull();
        driver.submit(unit, task.getId(), values);
        driver.runJobs(key);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> report(Map<String, Object> applied, String key) {
        return ((List<Map<String, Object>>) applied.get("cycles")).stream().filter(c -> key.equals(c.get("businessKey")))
                .findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> unit(Map<String, Object> results, String province) {
        return ((List<Map<String, Object>>) results.get("units")).stream().filter(u -> province.equals(u.get("province")))
                .findFirst().orElseThrow();
    }

    private static Map<String, Object> results(long result) {
        Map<String, Object> values = new HashMap<>();
        for (int field = 1; field <= 8; field++) {
            values.put("result" + field, result);
            values.put("resultNote" + field, "kết quả lĩnh vực " + field);
        }
        values.put("achievements", "Thành tích nổi bật năm 2025");
        return values;
    }

    private static Map<String, Object> ballot(List<String> flag, List<String> merit, String head, String deputy) {
        Map<String, Object> values = new HashMap<>();
        values.put("flag", SpinValues.jsonValue(json(flag)).create());
        values.put("merit", SpinValues.jsonValue(json(merit)).create());
        values.put("nextHead", head);
        values.put("nextDeputy", deputy);
        return values;
    }

    private static String json(List<String> codes) {
        return "[" + String.join(",", codes.stream().map(c -> "\"" + c + "\"").toList()) + "]";
    }
}
