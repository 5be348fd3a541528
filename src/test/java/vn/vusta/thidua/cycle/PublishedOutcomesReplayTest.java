package vn.vusta.thidua.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import vn.vusta.thidua.ThiDuaSpringTest;
import vn.vusta.thidua.reference.ClusterLeadership;
import vn.vusta.thidua.reference.ReferenceRepository;
import vn.vusta.thidua.support.CycleDriver;

/**
 * Replays, through the whole cycle as the users would, the two published outcomes of DOMAIN.md, and reads them back
 * from the results API: cluster 8 in 2024 (flag Vĩnh Long, Bằng khen Đồng Tháp, head Đồng Tháp, deputy An Giang) and
 * cluster 3 in 2023 (flags Sơn La and Hoà Bình, head Lào Cai, deputy Yên Bái). The ballots are invented; the
 * outcomes are the published ones, produced by the real rules.
 */
@ThiDuaSpringTest
class PublishedOutcomesReplayTest {

    /** One member's year: what it aims for, how far it gets (result per field; every target is 20), its ballot. */
    record UnitYear(String unit, boolean aimFlag, boolean aimMerit, long result, List<String> flag, List<String> merit,
            String nextHead, String nextDeputy) {
    }

    @Autowired
    ProcessEngine engine;
    @Autowired
    CycleStarter starter;
    @Autowired
    CycleDriver driver;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ReferenceRepository reference;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void tearDown() {
        CycleDriver.resetClock();
    }

    @Test
    void cluster8In2024ProposesVinhLongForTheFlagAndDongThapForTheCertificateAndElectsDongThapAndAnGiang() {
        List<String> dt = List.of("dong-thap");
        List<String> vl = List.of("vinh-long");
        List<UnitYear> units = List.of(
                new UnitYear("tien-giang", false, true, 20, vl, dt, "dong-thap", "an-giang"),
                new UnitYear("ben-tre", false, true, 19, vl, dt, "dong-thap", "an-giang"),
                new UnitYear("tra-vinh", false, false, 18, vl, dt, "dong-thap", "an-giang"),
                new UnitYear("vinh-long", true, true, 23, List.of(), dt, "dong-thap", "an-giang"),
                new UnitYear("dong-thap", true, true, 22, vl, List.of("an-giang"), "dong-thap", "an-giang"),
                new UnitYear("an-giang", false, true, 21, vl, dt, "dong-thap", "tien-giang"));

        Map<String, Object> results = replay(8, 2024, "vinh-long", units, "125/QĐ-LHHVN", "2025-01-10");

        assertThat(results).containsEntry("phase", "DONE");
        Map<String, Object> vote = phase(results, "VOTE");
        assertThat(proposed(vote)).containsExactly("vinh-long:FLAG", "dong-thap:MERIT");
        assertThat(vote.get("outcomes").toString()).contains("5/6 phiếu — đạt trên 50 %");
        assertThat((Map<String, Object>) vote.get("election")).containsEntry("head", "dong-thap").containsEntry("deputy", "an-giang");
        Map<String, Object> council = phase(results, "COUNCIL");
        assertThat(awards(council)).containsExactly("vinh-long:FLAG", "dong-thap:MERIT");
        assertThat((Map<String, Object>) council.get("nextLeadership")).containsEntry("head", "dong-thap").containsEntry("deputy", "an-giang");
        assertThat(reference.leadership(8, 2025)).get().extracting(ClusterLeadership::headCode).isEqualTo("dong-thap");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("cluster-8-2025")
                .processDefinitionKey(CycleStarter.PROCESS_KEY).count()).isOne();
    }

    @Test
    void cluster3In2023ProposesSonLaAndHoaBinhForTheFlagAndElectsLaoCaiAndYenBai() {
        List<String> both = List.of("son-la", "hoa-binh");
        List<UnitYear> units = List.of(
                new UnitYear("son-la", true, false, 23, List.of("hoa-binh"), List.of(), "lao-cai", "yen-bai"),
                new UnitYear("hoa-binh", true, false, 22, List.of("son-la"), List.of(), "lao-cai", "yen-bai"),
                new UnitYear("lao-cai", true, false, 21, both, List.of(), "lao-cai", "yen-bai"),
                new UnitYear("yen-bai", false, true, 20, both, List.of(), "lao-cai", "yen-bai"),
                new UnitYear("dien-bien", false, true, 19, both, List.of(), "lao-cai", "yen-bai"),
                new UnitYear("lai-chau", false, false, 18, both, List.of(), "lao-cai", "yen-bai"),
                new UnitYear("vinh-phuc", false, true, 17, both, List.of(), "lao-cai", "yen-bai"),
                new UnitYear("phu-tho", false, false, 16, both, List.of(), "lao-cai", "yen-bai"));

        Map<String, Object> results = replay(3, 2023, "son-la", units, "12/QĐ-LHHVN", "2024-01-08");

        Map<String, Object> vote = phase(results, "VOTE");
        assertThat(proposed(vote)).containsExactlyInAnyOrder("son-la:FLAG", "hoa-binh:FLAG");
        assertThat(vote.get("outcomes").toString()).contains("7/8 phiếu — đạt trên 50 %");
        assertThat((Map<String, Object>) vote.get("election")).containsEntry("head", "lao-cai").containsEntry("deputy", "yen-bai");
        assertThat(awards(phase(results, "COUNCIL"))).containsExactlyInAnyOrder("son-la:FLAG", "hoa-binh:FLAG");
        assertThat(reference.leadership(3, 2024)).get()
                .extracting(ClusterLeadership::headCode, ClusterLeadership::deputyCode).containsExactly("lao-cai", "yen-bai");
    }

    /** Drives one cluster's whole year through Tasklist-like submissions and returns the results API's answer. */
    private Map<String, Object> replay(int cluster, int year, String head, List<UnitYear> units, String decisionNumber,
            String decisionDate) {
        String key = CycleVariables.businessKey(cluster, year);
        CycleDriver.setClock(year, 1, 10);
        assertThat(starter.start(cluster, year).started()).isTrue();
        driver.runJobs(key);

        for (UnitYear u : units) {
            driver.submit(u.unit(), unitTask(key, "Task_RegisterTargets", u.unit()), registration(u));
        }
        driver.runJobs(key);
        driver.submit(head, unitTask(key, "Task_ReviewRegistrations", head), Map.of("decision", "submit"));
        driver.runJobs(key);

        CycleDriver.setClock(year, 6, 20);
        for (UnitYear u : units) {
            driver.submit(u.unit(), unitTask(key, "Task_ReportProgress", u.unit()), progress());
        }
        driver.runJobs(key);
        driver.submit(head, unitTask(key, "Task_RecordMidYearReview", head),
                Map.of("meetingDate", year + "-07-05", "meetingPlace", "Hội trường LHH", "remarks", "Các đơn vị bám sát chỉ tiêu."));
        driver.runJobs(key);

        CycleDriver.setClock(year, 11, 5);
        for (UnitYear u : units) {
            driver.submit(u.unit(), unitTask(key, "Task_ReportResults", u.unit()), results(u));
        }
        driver.runJobs(key);
        driver.submit(head, unitTask(key, "Task_ReviewResults", head), Map.of("decision", "submit"));
        driver.runJobs(key);

        CycleDriver.setClock(year, 12, 5);
        for (UnitYear u : units) {
            driver.submit(u.unit(), unitTask(key, "Task_CastBallot", u.unit()), ballot(u));
        }
        driver.runJobs(key);
        driver.submit(head, unitTask(key, "Task_ConfirmMinutes", head), Map.of("meetingDate", year + "-12-06",
                "meetingPlace", "Hội trường LHH", "membersPresent", (long) units.size(), "confirmed", true));
        driver.runJobs(key);

        CycleDriver.setClock(year, 12, 28);
        driver.submit("council-office", groupTask(key, "Task_CheckDossier", "council-office"), Map.of("decision", "accept"));
        driver.runJobs(key);
        List<String> proposal = new ArrayList<>();
        for (Task vote : taskService.createTaskQuery().processInstanceBusinessKey(key).taskDefinitionKey("Task_CouncilVote").list()) {
            if (proposal.isEmpty()) {
                proposal.addAll(optionValues(vote));
            }
            driver.submit(vote.getAssignee(), vote.getId(), Map.of("approved", json(proposal)));
        }
        driver.runJobs(key);
        CycleDriver.setClock(year + 1, 1, 12);
        driver.submit("council-chair", groupTask(key, "Task_SignDecision", "council-chair"),
                Map.of("decisionNumber", decisionNumber, "decisionDate", decisionDate));
        driver.runJobs(key);

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key).count()).isZero();
        return rest.withBasicAuth("admin", "demo").getForObject("/api/cycles/" + key, Map.class);
    }

    private String unitTask(String key, String taskKey, String unit) {
        return groupTask(key, taskKey, "province-" + unit);
    }

    private String groupTask(String key, String taskKey, String group) {
        Task task = driver.task(key, taskKey, group);
        assertThat(task).as(taskKey + " for " + group).isNotNull();
        return task.getId();
    }

    @SuppressWarnings("unchecked")
    private List<String> optionValues(Task vote) {
        Object options = driver.formVariables(vote.getAssignee(), vote.getId()).values().stream()
                .filter(v -> v instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> m && m.containsKey("value"))
                .findFirst().orElseThrow();
        return ((List<Map<String, Object>>) options).stream().map(o -> (String) o.get("value")).toList();
    }

    private static Map<String, Object> registration(UnitYear u) {
        Map<String, Object> values = new HashMap<>();
        for (int field = 1; field <= 8; field++) {
            values.put("target" + field, 20L);
            values.put("targetNote" + field, "chỉ tiêu lĩnh vực " + field);
        }
        values.put("aimFlag", u.aimFlag());
        values.put("aimMerit", u.aimMerit());
        values.put("covenantAccepted", true);
        return values;
    }

    private static Map<String, Object> progress() {
        Map<String, Object> values = new HashMap<>();
        for (int field = 1; field <= 8; field++) {
            values.put("progress" + field, 55L);
            values.put("progressNote" + field, "đúng tiến độ");
        }
        return values;
    }

    private static Map<String, Object> results(UnitYear u) {
        Map<String, Object> values = new HashMap<>();
        for (int field = 1; field <= 8; field++) {
            values.put("result" + field, u.result());
            values.put("resultNote" + field, "kết quả lĩnh vực " + field);
        }
        values.put("achievements", "Thành tích nổi bật năm của " + u.unit());
        return values;
    }

    private static Map<String, Object> ballot(UnitYear u) {
        Map<String, Object> values = new HashMap<>();
        values.put("flag", json(u.flag()));
        values.put("merit", json(u.merit()));
        values.put("nextHead", u.nextHead());
        values.put("nextDeputy", u.nextDeputy());
        return values;
    }

    private static Object json(List<String> codes) {
        return SpinValues.jsonValue("[" + String.join(",", codes.stream().map(c -> "\"" + c + "\"").toList()) + "]").create();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> phase(Map<String, Object> results, String phase) {
        return (Map<String, Object>) ((Map<String, Object>) results.get("phases")).get(phase);
    }

    @SuppressWarnings("unchecked")
    private static List<String> proposed(Map<String, Object> vote) {
        return ((List<Map<String, Object>>) vote.get("outcomes")).stream().filter(o -> Boolean.TRUE.equals(o.get("proposed")))
                .map(o -> o.get("unit") + ":" + o.get("title")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> awards(Map<String, Object> council) {
        return ((List<Map<String, Object>>) council.get("awards")).stream().map(a -> a.get("unit") + ":" + a.get("title")).toList();
    }
}
