package vn.vusta.thidua.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import java.io.ByteArrayInputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.vusta.thidua.ThiDuaSpringTest;
import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.support.RegistrationValues;
import vn.vusta.thidua.support.CycleSteps;
import vn.vusta.thidua.support.CycleDriver;
import vn.vusta.thidua.system.AuditTrail;

/**
 * A unit that never submits, in each phase of a real cycle, and the cluster head closing the phase for it through
 * {@code POST /api/cycles/{key}/units/{unit}/close} as the real users: refused before the deadline, to the unit
 * itself and to other members, and without a reason; afterwards the unit is "không nộp đúng hạn" everywhere and the
 * cycle goes on. The head as the late unit is closed by VUSTA's office. Cluster 3 in 2155–2158.
 */
@ThiDuaSpringTest
class LateUnitScenarioTest {

    private static final int CLUSTER = 3;

    @Autowired
    TestRestTemplate rest;
    @Autowired
    CycleDriver driver;
    @Autowired
    CycleStarter starter;
    @Autowired
    ReferenceData reference;
    @Autowired
    UnitProgress progress;
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
    @SuppressWarnings("unchecked")
    void theHeadClosesRegistrationForAUnitThatNeverRegisteredOnlyAfterTheDeadlineAndTheCycleGoesOn() {
        String key = steps.open(CLUSTER, 2155);
        List<String> members = steps.members(CLUSTER, 2155);
        String head = members.get(0);
        String other = members.get(1);
        String late = members.get(members.size() - 1);
        for (int i = 0; i < members.size() - 1; i++) {
            driver.submit(members.get(i), driver.task(key, "Task_RegisterTargets", "province-" + members.get(i)).getId(),
                    RegistrationValues.sample(i));
        }

        ResponseEntity<Map> early = close(head, key, late, "Không nộp");
        assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(early.getBody().get("message").toString()).startsWith("Chưa quá hạn: ").contains("31/03/2155");

        CycleDriver.setClock(2155, 4, 2);
        driver.runJobs(key);
        assertThat(close(late, key, late, "tự đóng").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(close(other, key, late, "không phải cụm trưởng").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<Map> noReason = close(head, key, late, " ");
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noReason.getBody().get("message").toString()).startsWith("reason: bắt buộc");
        assertThat(rest.withBasicAuth(head, "demo").postForEntity("/api/cycles/" + key + "/units/" + late + "/close",
                null, Map.class).getStatusCode()).as("no body").isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(close(head, key, "khong-co", "x").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(close(head, "cluster-3-2199", late, "x").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        ResponseEntity<Map> closed = close(head, key, late, "Đơn vị không gửi đăng ký dù đã được nhắc hai lần");
        assertThat(closed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(closed.getBody()).containsEntry("phase", "REGISTRATION").containsEntry("timeliness", "NOT_SUBMITTED")
                .containsEntry("label", "không nộp đúng hạn").containsEntry("task", "Task_RegisterTargets");
        assertThat(close(head, key, late, "lần nữa").getStatusCode()).as("nothing open any more")
                .isEqualTo(HttpStatus.CONFLICT);

        driver.runJobs(key);
        assertThat(driver.task(key, "Task_ReviewRegistrations", "province-" + head)).as("the cycle goes on").isNotNull();
        assertThat(progress.of(key, Phase.REGISTRATION)).filteredOn(s -> s.province().equals(late)).singleElement()
                .satisfies(s -> {
                    assertThat(s.status()).isEqualTo(UnitStatus.Status.NOT_SUBMITTED);
                    assertThat(s.closedReason()).isEqualTo("Đơn vị không gửi đăng ký dù đã được nhắc hai lần");
                    assertThat(s.submissions()).isZero();
                });
        assertThat(audit.entriesFor(key)).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo(head);
            assertThat(e.action()).isEqualTo("CLOSE_UNIT_PHASE");
            assertThat(e.details()).contains(late, "REGISTRATION", "nhắc hai lần");
        });
        Map<String, Object> unit = unitOf(results(head, key), late);
        assertThat(phase(unit, "REGISTRATION")).containsEntry("status", "NOT_SUBMITTED")
                .containsEntry("timeliness", "NOT_SUBMITTED").containsEntry("timelinessLabel", "không nộp đúng hạn");
        assertThat(messages(late, key)).anySatisfy(m -> assertThat(m).startsWith("CLOSED ").contains("không nộp đúng hạn"));
        Map<String, Object> tally = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) results(head, key)
                .get("phases")).get("REGISTRATION")).get("tally");
        assertThat(tally).as("the registration summary agrees with the unit's record")
                .containsEntry("late", List.of(late)).containsEntry("notSubmitted", List.of(late))
                .containsEntry("missing", List.of(late));
        assertThat((Map<String, Object>) tally.get("unitStatuses")).containsEntry(late, "không nộp đúng hạn")
                .containsEntry(head, "đúng hạn");
    }

    @Test
    void theHeadAsTheLateUnitIsClosedByVustasOfficeNotByItself() {
        String key = steps.open(CLUSTER, 2156);
        List<String> members = steps.members(CLUSTER, 2156);
        String head = members.get(0);
        for (int i = 1; i < members.size(); i++) {
            driver.submit(members.get(i), driver.task(key, "Task_RegisterTargets", "province-" + members.get(i)).getId(),
                    RegistrationValues.sample(i));
        }
        CycleDriver.setClock(2156, 4, 3);
        driver.runJobs(key);

        ResponseEntity<Map> own = close(head, key, head, "cụm trưởng tự đóng");
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(own.getBody().get("message").toString()).contains("Thường trực Hội đồng");

        assertThat(close("council-office", key, head, "Cụm trưởng không nộp đăng ký").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        driver.runJobs(key);
        assertThat(driver.task(key, "Task_ReviewRegistrations", "province-" + head)).isNotNull();
        assertThat(audit.entriesFor(key)).anySatisfy(e -> assertThat(e.actor() + " " + e.action())
                .isEqualTo("council-office CLOSE_UNIT_PHASE"));
        assertThat(phase(unitOf(results("council-office", key), head), "REGISTRATION"))
                .containsEntry("timelinessLabel", "không nộp đúng hạn");
    }

    @Test
    void aUnitThatNeverReportsItsMidYearProgressIsClosedAndTheHeadRecordsTheMeeting() {
        String key = steps.open(CLUSTER, 2157);
        List<String> members = steps.members(CLUSTER, 2157);
        String head = members.get(0);
        String late = members.get(members.size() - 1);
        steps.register(key, members);
        CycleDriver.setClock(2157, 6, 10);
        steps.reportProgress(key, members.subList(0, members.size() - 1));
        CycleDriver.setClock(2157, 7, 1);
        driver.runJobs(key);

        assertThat(close(head, key, late, "Không báo cáo sơ kết").getBody()).containsEntry("phase", "MID_YEAR");
        driver.runJobs(key);
        assertThat(driver.task(key, "Task_RecordMidYearReview", "province-" + head)).isNotNull();
        assertThat(phase(unitOf(results(head, key), late), "MID_YEAR"))
                .containsEntry("timelinessLabel", "không nộp đúng hạn");
        assertThat(phase(unitOf(results(head, key), late), "REGISTRATION")).containsEntry("timelinessLabel", "đúng hạn");
    }

    @Test
    void aUnitWithoutAYearEndReportIsNotEligibleForAnyTitleAsTheRulesSay() throws Exception {
        String key = steps.throughMidYear(CLUSTER, 2158);
        List<String> members = steps.members(CLUSTER, 2158);
        String head = members.get(0);
        String late = members.get(members.size() - 1);
        CycleDriver.setClock(2158, 11, 1);
        for (int i = 0; i < members.size() - 1; i++) {
            driver.submit(members.get(i), driver.task(key, "Task_ReportResults", "province-" + members.get(i)).getId(),
                    results(i));
        }
        CycleDriver.setClock(2158, 11, 16);
        driver.runJobs(key);
        assertThat(close(head, key, late, "Không nộp báo cáo tổng kết").getStatusCode()).isEqualTo(HttpStatus.OK);
        driver.runJobs(key);
        driver.submit(head, driver.task(key, "Task_ReviewResults", "province-" + head).getId(),
                Map.of("decision", "submit"));
        driver.runJobs(key);

        String ballot = driver.task(key, "Task_CastBallot", "province-" + members.get(1)).getId();
        String ranking = String.valueOf(driver.formVariables(members.get(1), ballot).get("ranking"));
        assertThat(ranking).as("the eligibility rule's reason, for both titles")
                .containsPattern("không nộp tổng kết.*không nộp tổng kết");
        assertThat(driver.optionValues(members.get(1), ballot, "flagOptions")).doesNotContain(late);
        assertThat(driver.optionValues(members.get(1), ballot, "meritOptions")).doesNotContain(late);
        assertThat(phase(unitOf(results(head, key), late), "YEAR_END"))
                .containsEntry("timelinessLabel", "không nộp đúng hạn");

        String name = reference.province(late).orElseThrow().name();
        try (XWPFWordExtractor summary = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(rest
                .withBasicAuth(head, "demo").getForObject("/api/cycles/" + key + "/documents/draft/summary.docx",
                        byte[].class))))) {
            assertThat(summary.getText()).contains("IV. THỰC HIỆN THỜI HẠN")
                    .containsPattern(name + "\\s+đúng hạn\\s+đúng hạn\\s+không nộp đúng hạn");
        }
        try (XSSFWorkbook export = new XSSFWorkbook(new ByteArrayInputStream(rest.withBasicAuth(head, "demo")
                .getForObject("/api/cycles/" + key + "/export.xlsx", byte[].class)))) {
            List<String> rows = new java.util.ArrayList<>();
            export.getSheet("Thực hiện thời hạn").forEach(row -> {
                List<String> cells = new java.util.ArrayList<>();
                row.forEach(cell -> cells.add(cell.toString()));
                rows.add(String.join("|", cells));
            });
            assertThat(rows).contains("3.0|2158.0|" + name + "|Tổng kết năm|không nộp đúng hạn|15/11/2158|Không nộp báo cáo tổng kết||0.0");
            assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("3.0|2158.0|" + name + "|Đăng ký thi đua|đúng hạn|"));
        }
    }

    private static Map<String, Object> results(int unitIndex) {
        Map<String, Object> values = new HashMap<>();
        for (int field = 1; field <= 8; field++) {
            values.put("result" + field, field == 8 ? 0.0 : CycleSteps.target(unitIndex));
            values.put("resultNote" + field, "kết quả " + field + " của đơn vị " + unitIndex);
        }
        values.put("achievements", "Thành tích của đơn vị " + unitIndex);
        return values;
    }

    private ResponseEntity<Map> close(String user, String key, String unit, String reason) {
        return api.close(user, key, unit, reason);
    }

    private Map<String, Object> results(String user, String key) {
        return api.results(user, key);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> unitOf(Map<String, Object> results, String unit) {
        return ((List<Map<String, Object>>) results.get("units")).stream().filter(u -> unit.equals(u.get("province")))
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> phase(Map<String, Object> unit, String phase) {
        return (Map<String, Object>) ((Map<String, Object>) unit.get("phases")).get(phase);
    }

    private List<String> messages(String user, String key) {
        return api.messages(user, key);
    }
}
