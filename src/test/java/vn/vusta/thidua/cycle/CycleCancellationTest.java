package vn.vusta.thidua.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.vusta.thidua.ThiDuaSpringTest;
import vn.vusta.thidua.reference.ClusterLeadership;
import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.registration.Registrations;
import vn.vusta.thidua.support.RegistrationValues;
import vn.vusta.thidua.support.CycleDriver;
import vn.vusta.thidua.system.AuditTrail;

/**
 * Cancelling and re-opening a cycle, and the one live cycle per cluster-year whichever API starts it, through REST as
 * the administrator and officers. Cluster 6 (re-formed after the merger, SharedTestWorld), years 2142–2146.
 */
@ThiDuaSpringTest
class CycleCancellationTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    CycleDriver driver;
    @Autowired
    ReferenceData reference;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    Registrations registrations;
    @Autowired
    Cycles cycles;
    @Autowired
    AuditTrail audit;

    @BeforeEach
    void setUp() {
        for (int year = 2142; year <= 2146; year++) {
            reference.saveLeadership(new ClusterLeadership(6, year, "quang-ngai", "khanh-hoa", "test"));
        }
    }

    @AfterEach
    void tearDown() {
        CycleDriver.resetClock();
    }

    @Test
    void anAdministratorCancelsACycleWithAReasonItsRecordsStayAndTheYearOpensAgain() {
        CycleDriver.setClock(2142, 1, 5);
        String key = open(2142);
        driver.submit("khanh-hoa", driver.task(key, "Task_RegisterTargets", "province-khanh-hoa").getId(),
                RegistrationValues.sample(10));

        assertThat(cancel("khanh-hoa", key, "Nhập sai").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<Map> noReason = cancel("admin", key, " ");
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) noReason.getBody().get("message")).contains("Lý do huỷ chu kỳ");
        assertThat(cancel("admin", "cluster-6-1999", "x").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        ResponseEntity<Map> cancelled = cancel("admin", key, "Cụm được tổ chức lại, mở lại với thành viên mới");
        assertThat(cancelled.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(cancelled.getBody()).containsEntry("status", "CANCELLED");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key).count()).isZero();
        assertThat(registrations.latest(key, "khanh-hoa")).as("the records stay under the cancelled key").isPresent();
        assertThat(audit.entriesFor(key)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("CANCEL_CYCLE");
            assertThat(e.actor()).isEqualTo("admin");
            assertThat(e.details()).isEqualTo("Cụm được tổ chức lại, mở lại với thành viên mới");
        });
        Map<String, Object> shown = rest.withBasicAuth("khanh-hoa", "demo").getForObject("/api/cycles/" + key, Map.class);
        assertThat(shown).containsEntry("status", "CANCELLED");
        assertThat(shown.get("cancellation").toString()).contains("by=admin", "Cụm được tổ chức lại");
        assertThat(cancel("admin", key, "lần nữa").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        ResponseEntity<List> reopened = rest.withBasicAuth("admin", "demo").postForEntity("/api/cycles",
                Map.of("year", 2142, "cluster", 6), List.class);
        assertThat(reopened.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(reopened.getBody().toString()).contains("businessKey=cluster-6-2142-lan-2, started=true");
        driver.runJobs("cluster-6-2142-lan-2");
        assertThat(driver.tasks("cluster-6-2142-lan-2", "Task_RegisterTargets")).hasSize(6);
        assertThat(registrations.latest("cluster-6-2142-lan-2", "khanh-hoa")).isEmpty();
        List<Map<String, Object>> listed = rest.withBasicAuth("admin", "demo").getForObject("/api/cycles?year=2142", List.class);
        assertThat(listed).extracting(c -> c.get("businessKey") + " " + c.get("status"))
                .contains(key + " CANCELLED", "cluster-6-2142-lan-2 RUNNING");
    }

    @Test
    void aSecondCycleOfTheSameClusterYearIsRefusedWith409ThroughTheProjectApiAndTheEngineRestApi() {
        CycleDriver.setClock(2143, 1, 5);
        String key = open(2143);

        ResponseEntity<Map> ours = rest.withBasicAuth("admin", "demo").postForEntity("/api/cycles",
                Map.of("year", 2143, "cluster", 6), Map.class);
        assertThat(ours.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat((String) ours.getBody().get("message")).contains("đã mở chu kỳ " + key, "không mở chu kỳ thứ hai");

        ResponseEntity<Map> engine = engineStart(key, 2143);
        assertThat(engine.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat((String) engine.getBody().get("message")).contains("đã mở chu kỳ " + key);
        ResponseEntity<Map> otherKey = engineStart("cluster-6-2143-lan-2", 2143);
        assertThat(otherKey.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(CycleStarter.PROCESS_KEY)
                .processInstanceBusinessKeyLike("cluster-6-2143%").count()).isOne();
    }

    @Test
    void theEngineRestApiOpensAFreeClusterYearWithTheRightKeyOnly() {
        CycleDriver.setClock(2144, 1, 5);
        ResponseEntity<Map> wrongKey = engineStart("cum-6-nam-2144", 2144);
        assertThat(wrongKey.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) wrongKey.getBody().get("message")).contains("phải là cluster-6-2144");

        ResponseEntity<Map> started = engineStart("cluster-6-2144", 2144);
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        driver.runJobs("cluster-6-2144");
        assertThat(driver.tasks("cluster-6-2144", "Task_RegisterTargets")).hasSize(6);
        assertThat(cycles.find("cluster-6-2144")).get().extracting(Cycle::status).isEqualTo(Cycle.Status.RUNNING);
    }

    @Test
    void anInstanceDeletedInCockpitLeavesNoDeadCycleWithOrWithoutItsListeners() {
        CycleDriver.setClock(2145, 1, 5);
        String withListeners = open(2145);
        ResponseEntity<String> deleted = rest.withBasicAuth("admin", "demo").exchange("/engine-rest/process-instance/"
                + cycles.find(withListeners).orElseThrow().processInstanceId(), HttpMethod.DELETE, null, String.class);
        assertThat(deleted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(cycles.find(withListeners).orElseThrow().cancellation()).satisfies(c -> {
            assertThat(c.by()).isEqualTo("admin");
            assertThat(c.reason()).startsWith("Phiên bản quy trình của chu kỳ bị xoá");
        });

        CycleDriver.setClock(2146, 1, 5);
        String skipped = open(2146);
        runtimeService.deleteProcessInstance(cycles.find(skipped).orElseThrow().processInstanceId(), "Cockpit",
                true, true);
        List<Map<String, Object>> listed = rest.withBasicAuth("admin", "demo").getForObject("/api/cycles?year=2146", List.class);
        assertThat(listed).singleElement().satisfies(c -> assertThat(c).containsEntry("status", "CANCELLED"));
        assertThat(cycles.find(skipped).orElseThrow().cancellation().reason()).contains("Cockpit");

        for (int year : List.of(2145, 2146)) {
            ResponseEntity<List> again = rest.withBasicAuth("admin", "demo").postForEntity("/api/cycles",
                    Map.of("year", year, "cluster", 6), List.class);
            assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(again.getBody().toString()).contains("cluster-6-" + year + "-lan-2, started=true");
        }
    }

    private String open(int year) {
        ResponseEntity<List> response = rest.withBasicAuth("admin", "demo").postForEntity("/api/cycles",
                Map.of("year", year, "cluster", 6), List.class);
        assertThat(response.getBody().toString()).contains("started=true");
        String key = "cluster-6-" + year;
        driver.runJobs(key);
        return key;
    }

    private ResponseEntity<Map> cancel(String user, String key, String reason) {
        return rest.withBasicAuth(user, "demo").postForEntity("/api/cycles/" + key + "/cancel", Map.of("reason", reason),
                Map.class);
    }

    private ResponseEntity<Map> engineStart(String businessKey, int year) {
        Map<String, Object> body = Map.of("businessKey", businessKey, "variables", Map.of(
                "cluster", Map.of("value", 6, "type", "Integer"), "year", Map.of("value", year, "type", "Integer")));
        return rest.withBasicAuth("admin", "demo").postForEntity(
                "/engine-rest/process-definition/key/emulation-cycle/start", body, Map.class);
    }
}
