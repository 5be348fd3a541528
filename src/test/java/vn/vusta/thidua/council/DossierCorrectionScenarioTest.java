package vn.vusta.thidua.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import vn.vusta.thidua.ThiDuaSpringTest;
import vn.vusta.thidua.engine.EngineClock;
import vn.vusta.thidua.reference.ClusterLeadership;
import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.rules.Title;
import vn.vusta.thidua.yearend.ResultReport;
import vn.vusta.thidua.yearend.ResultReports;
import vn.vusta.thidua.support.CycleDriver;
import vn.vusta.thidua.support.CycleReplay;
import vn.vusta.thidua.support.RestTasks;
import vn.vusta.thidua.support.CouncilDriver;

/**
 * The dossier as the regulation asks, and a correction that corrects, through {@code /engine-rest} and
 * {@code /api/cycles/{key}/documents} as the real users: the proposed nominee's officer writes its achievement
 * report; the office returns the dossier naming one unit's figures; the head re-opens that unit's year-end report; the
 * unit corrects it; the results are tallied again, the documents generated again as new versions (the earlier ones
 * still downloadable), and the office checks again; or it re-opens a nominee's achievement report, or the minutes.
 * Cluster 6 in 2164 and 2165.
 */
@ThiDuaSpringTest
class DossierCorrectionScenarioTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CLUSTER = 6;
    private static final int YEAR = 2164;
    private static final String OFFICE = "council-office";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    CycleReplay replay;
    @Autowired
    CycleDriver driver;
    @Autowired
    ReferenceData reference;
    @Autowired
    ResultReports results;
    @Autowired
    AchievementReports achievementReports;
    @Autowired
    DossierChecks checks;
    @Autowired
    CouncilDriver council;

    @AfterEach
    void resetClock() {
        CycleDriver.resetClock();
    }

    @Test
    void theNomineeWritesItsAchievementReportAndAReturnedDossierIsCorrectedByReopeningOneUnitsResults() throws Exception {
        RestTasks tasks = new RestTasks(rest);
        List<String> m = reference.membersOn(CLUSTER, java.time.LocalDate.of(YEAR, 1, 1));
        reference.saveLeadership(new ClusterLeadership(CLUSTER, YEAR, m.get(0), m.get(1), "dossier correction test"));
        String key = replay.throughVote(CLUSTER, YEAR, m.get(0), units(m));
        String nominee = m.get(0);
        String corrected = m.get(2);

        // the proposed nominee's officer writes its achievement report, prefilled with its targets and results
        Task write = driver.task(key, "Task_WriteAchievementReport", "province-" + nominee);
        assertThat(write).as("an achievement report task for the proposed nominee").isNotNull();
        assertThat(write.getName()).startsWith("Viết báo cáo thành tích năm 2164 — ").contains("Cờ thi đua");
        assertThat(json(tasks.call(nominee, HttpMethod.GET, write.getId(), null)).get("due").asText())
                .as("the achievement report is due with the dossier").isNotBlank().isNotEqualTo("null");
        JsonNode form = json(tasks.call(nominee, HttpMethod.GET, write.getId() + "/form-variables", null));
        assertThat(form.at("/resultRows/value").asText()).contains("\"target\":\"20\"", "\"result\":\"24\"");
        assertThat(form.at("/achievements/value").asText()).isEqualTo("Thành tích nổi bật năm của " + nominee);
        ResponseEntity<String> empty = tasks.submitForm(nominee, write.getId(), Map.of("situation", " ",
                "achievements", "x".repeat(8001)));
        assertThat(empty.getStatusCode().value()).isEqualTo(400);
        assertThat(empty.getBody()).contains("Đặc điểm, tình hình: bắt buộc nhập", "Thành tích đạt được: tối đa 8000 ký tự");
        assertThat(achievementReports.latest(key, nominee)).isEmpty();
        assertNoContent(tasks.submitForm(nominee, write.getId(), Map.of("situation", "Liên hiệp hội có 45 hội thành viên.",
                "achievements", "Hoàn thành vượt mức 8/8 chỉ tiêu; 12 hội thảo phản biện.", "previousAwards",
                "Bằng khen của LHHVN năm 2163.")));
        assertThat(achievementReports.latest(key, nominee).orElseThrow().version()).isOne();
        assertThat(documents(OFFICE, key)).contains("achievement v1");
        ResponseEntity<byte[]> docx = rest.withBasicAuth(OFFICE, "demo")
                .getForEntity("/api/cycles/" + key + "/documents/achievement.docx", byte[].class);
        try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx.getBody())))) {
            assertThat(text.getText()).contains("BÁO CÁO THÀNH TÍCH", "CỤM THI ĐUA SỐ 6",
                    "1. Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh " + reference.province(nominee).orElseThrow().name()
                            + " — đề nghị tặng Cờ thi đua", "I. ĐẶC ĐIỂM, TÌNH HÌNH", "Liên hiệp hội có 45 hội thành viên.",
                    "12 hội thảo phản biện", "Bằng khen của LHHVN năm 2163.");
        }

        // the office returns the dossier: one unit's figures are wrong
        CycleDriver.setClock(YEAR, 12, 28);
        String check = driver.task(key, "Task_CheckDossier", OFFICE).getId();
        ResponseEntity<String> noUnit = tasks.submitForm(OFFICE, check, Map.of("decision", "return",
                "returnSubject", "RESULTS", "returnReason", "Số liệu lĩnh vực 4 không khớp minh chứng"));
        assertThat(noUnit.getStatusCode().value()).isEqualTo(400);
        assertThat(noUnit.getBody()).contains("Đơn vị cần sửa: bắt buộc nhập");
        assertNoContent(tasks.submitForm(OFFICE, check, Map.of("decision", "return", "returnSubject", "RESULTS",
                "returnedUnit", corrected, "returnReason", "Số liệu lĩnh vực 4 không khớp minh chứng")));

        // the head re-opens exactly that: the unit's year-end report
        String head = m.get(0);
        Task correction = driver.task(key, "Task_CorrectDossier", "province-" + head);
        assertThat(dueSeenBy(head, tasks, correction.getId())).as("correction-days after the return")
                .isEqualTo(java.time.LocalDateTime.of(YEAR + 1, 1, 4, 23, 59, 59).atZone(EngineClock.VIETNAM).toInstant());
        JsonNode shown = json(tasks.call(head, HttpMethod.GET, correction.getId() + "/form-variables", null));
        assertThat(shown.at("/correctionAction/value").asText()).isEqualTo("REOPEN_RESULTS");
        assertThat(shown.at("/correctionUnit/value").asText()).isEqualTo(corrected);
        assertThat(shown.at("/returnSubjectLabel/value").asText()).isEqualTo("Số liệu tổng kết năm của một đơn vị");
        ResponseEntity<String> foreign = tasks.submitForm(head, correction.getId(), Map.of("correctionAction",
                "REOPEN_RESULTS", "correctionUnit", "ha-noi", "correction", "Mở lại"));
        assertThat(foreign.getStatusCode().value()).isEqualTo(400);
        assertThat(foreign.getBody()).contains("Đơn vị sửa: giá trị không hợp lệ 'ha-noi'");
        assertNoContent(tasks.submitForm(head, correction.getId(), Map.of("correctionAction", "REOPEN_RESULTS",
                "correctionUnit", corrected, "correction", "Mở lại báo cáo tổng kết để sửa lĩnh vực 4")));

        Task reopened = driver.task(key, "Task_CorrectResults", "province-" + corrected);
        assertThat(reopened.getName()).startsWith("Sửa số liệu tổng kết năm 2164 theo ý kiến của Hội đồng TĐKT — LHH ");
        assertThat(driver.task(key, "Task_CheckDossier", OFFICE)).as("the office waits for the correction").isNull();
        assertThat(dueSeenBy(corrected, tasks, reopened.getId())).as("the re-opened report is due as the correction")
                .isEqualTo(java.time.LocalDateTime.of(YEAR + 1, 1, 4, 23, 59, 59).atZone(EngineClock.VIETNAM).toInstant());
        Map<?, ?> notice = rest.withBasicAuth(corrected, "demo")
                .getForObject("/api/tasks/" + reopened.getId() + "/notice", Map.class);
        assertThat((String) notice.get("next")).as("what Tasklist confirms: the council's path, not the head's review")
                .contains("chấm điểm, xếp hạng lại").contains("Thường trực Hội đồng thẩm định lại")
                .doesNotContain("cụm trưởng duyệt lại");
        JsonNode resultsForm = json(tasks.call(corrected, HttpMethod.GET, reopened.getId() + "/form-variables", null));
        assertThat(resultsForm.toString()).contains("Số liệu lĩnh vực 4 không khớp minh chứng");
        Map<String, Object> values = resultsOf(22);
        values.put("result4", 30L);
        assertNoContent(tasks.submitForm(corrected, reopened.getId(), values));
        driver.runJobs(key);

        ResultReport report = results.latest(key, corrected).orElseThrow();
        assertThat(report.version()).isEqualTo(2);
        assertThat(report.items()).filteredOn(i -> i.field() == 4).singleElement()
                .satisfies(i -> assertThat(i.result()).isEqualByComparingTo(new BigDecimal("30")));
        assertThat(documents(OFFICE, key)).contains("minutes v1", "minutes v2", "proposal v2", "summary v2",
                "achievement v2");
        ResponseEntity<byte[]> first = rest.withBasicAuth(OFFICE, "demo")
                .getForEntity("/api/cycles/" + key + "/documents/summary.pdf?version=1", byte[].class);
        assertThat(first.getStatusCode().value()).isEqualTo(200);

        // the office checks again, with the history of what was returned and re-opened
        String again = driver.task(key, "Task_CheckDossier", OFFICE).getId();
        JsonNode history = json(tasks.call(OFFICE, HttpMethod.GET, again + "/form-variables", null));
        String name = reference.province(corrected).orElseThrow().name();
        assertThat(history.at("/dossierHistory/value").toString()).contains("[Số liệu tổng kết năm của một đơn vị — "
                + name + "]", "[Mở lại báo cáo tổng kết của đơn vị — " + name + "]");
        assertThat(checks.of(key)).extracting(c -> c.outcome() + " " + c.subject() + " " + c.unit()).containsExactly(
                "RETURNED RESULTS " + corrected, "CORRECTED REOPEN_RESULTS " + corrected);
        assertNoContent(tasks.submitForm(OFFICE, again, Map.of("decision", "accept")));
    }

    @Test
    void aReturnedAchievementReportIsReopenedForTheNomineeAndTheMinutesCanBeReconfirmed() throws Exception {
        RestTasks tasks = new RestTasks(rest);
        String key = council.toCouncil(2165, List.of(CouncilDriver.proposed("gia-lai", Title.FLAG, 5)),
                CouncilDriver.election("dak-lak", "khanh-hoa"));
        ResponseEntity<String> notNominee = tasks.submitForm(OFFICE, council.checkTask(key).getId(), Map.of("decision",
                "return", "returnSubject", "ACHIEVEMENT", "returnedUnit", "dak-lak", "returnReason", "Thiếu số liệu"));
        assertThat(notNominee.getStatusCode().value()).isEqualTo(400);
        assertThat(notNominee.getBody()).contains("Đơn vị cần sửa: giá trị không hợp lệ 'dak-lak'");
        assertNoContent(tasks.submitForm(OFFICE, council.checkTask(key).getId(), Map.of("decision", "return",
                "returnSubject", "ACHIEVEMENT", "returnedUnit", "gia-lai", "returnReason", "Báo cáo thành tích thiếu số liệu")));
        Task correction = driver.task(key, "Task_CorrectDossier", "province-" + CouncilDriver.HEAD);
        assertNoContent(tasks.submitForm(CouncilDriver.HEAD, correction.getId(), Map.of("correctionAction",
                "REOPEN_ACHIEVEMENT", "correctionUnit", "gia-lai", "correction", "Mở lại báo cáo thành tích của Gia Lai")));

        Task reopened = driver.task(key, "Task_CorrectAchievementReport", "province-gia-lai");
        assertThat(reopened.getName()).startsWith("Sửa báo cáo thành tích năm 2165 — Gia Lai — Cờ thi đua");
        JsonNode form = json(tasks.call("gia-lai", HttpMethod.GET, reopened.getId() + "/form-variables", null));
        assertThat(form.at("/officeNote/value").asText()).isEqualTo("Báo cáo thành tích thiếu số liệu");
        assertNoContent(tasks.submitForm("gia-lai", reopened.getId(), Map.of("situation", "45 hội thành viên.",
                "achievements", "Bổ sung số liệu: 12 hội thảo, 3 công trình.")));
        driver.runJobs(key);
        assertThat(achievementReports.latest(key, "gia-lai").orElseThrow().achievements()).contains("12 hội thảo");
        assertThat(documents(OFFICE, key)).contains("achievement v1", "proposal v1");

        // returned again: the minutes; the head re-confirms them
        assertNoContent(tasks.submitForm(OFFICE, council.checkTask(key).getId(), Map.of("decision", "return",
                "returnSubject", "MINUTES", "returnReason", "Biên bản ghi sai số đơn vị có mặt")));
        Task second = driver.task(key, "Task_CorrectDossier", "province-" + CouncilDriver.HEAD);
        assertNoContent(tasks.submitForm(CouncilDriver.HEAD, second.getId(), Map.of("correctionAction",
                "RECONFIRM_MINUTES", "correction", "Xác nhận lại biên bản")));
        Task minutes = driver.task(key, "Task_ReconfirmMinutes", "province-" + CouncilDriver.HEAD);
        assertNoContent(tasks.submitForm(CouncilDriver.HEAD, minutes.getId(), Map.of("meetingDate", "2165-12-06",
                "meetingPlace", "Hội trường LHH Quảng Ngãi", "membersPresent", 6L, "confirmed", true)));
        driver.runJobs(key);
        assertThat(documents(OFFICE, key)).contains("minutes v2", "achievement v2");
        assertThat(council.checkTask(key)).isNotNull();
    }

    /** The flag for the first member, the certificate for the second; the second as head, the third as deputy. */
    private static List<CycleReplay.UnitYear> units(List<String> m) {
        List<CycleReplay.UnitYear> units = new ArrayList<>();
        for (int i = 0; i < m.size(); i++) {
            String unit = m.get(i);
            String head = unit.equals(m.get(1)) ? m.get(2) : m.get(1);
            String deputy = unit.equals(m.get(2)) || head.equals(m.get(2)) ? m.get(0) : m.get(2);
            units.add(new CycleReplay.UnitYear(unit, i == 0, i != 0, Math.max(20, 24 - i),
                    unit.equals(m.get(0)) ? List.of() : List.of(m.get(0)),
                    unit.equals(m.get(1)) ? List.of() : List.of(m.get(1)), head, deputy));
        }
        return units;
    }

    private static Map<String, Object> resultsOf(long result) {
        Map<String, Object> values = new HashMap<>();
        for (int field = 1; field <= 8; field++) {
            values.put("result" + field, result);
            values.put("resultNote" + field, "kết quả lĩnh vực " + field);
        }
        values.put("achievements", "Thành tích nổi bật, số liệu đã sửa theo ý kiến của Hội đồng");
        return values;
    }

    private List<String> documents(String user, String key) throws Exception {
        JsonNode list = json(rest.withBasicAuth(user, "demo").getForEntity("/api/cycles/" + key + "/documents", String.class));
        List<String> found = new ArrayList<>();
        list.forEach(d -> found.add(d.get("kind").asText() + " v" + d.get("version").asInt()));
        return found;
    }

    /** The task's {@code due} as {@code GET /engine-rest/task/{id}} shows it to the user. */
    private static java.time.Instant dueSeenBy(String user, RestTasks tasks, String taskId) throws Exception {
        String due = json(tasks.call(user, HttpMethod.GET, taskId, null)).get("due").asText();
        return java.time.OffsetDateTime.parse(due, java.time.format.DateTimeFormatter.ofPattern(
                "yyyy-MM-dd'T'HH:mm:ss.SSSZ")).toInstant();
    }

    private static void assertNoContent(ResponseEntity<String> response) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(204);
    }

    private static JsonNode json(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        return JSON.readTree(response.getBody());
    }
}
