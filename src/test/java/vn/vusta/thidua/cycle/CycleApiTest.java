package vn.vusta.thidua.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.vusta.thidua.ThiDuaSpringTest;
import vn.vusta.thidua.reference.ClusterLeadership;
import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.support.CycleDriver;

/** Opening cycles and reading results through /api, as the users in question. */
@ThiDuaSpringTest
class CycleApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    CycleDriver driver;
    @Autowired
    ReferenceData reference;

    @BeforeEach
    void setUp() {
        CycleDriver.setClock(2041, 1, 5);
    }

    @AfterEach
    void tearDown() {
        CycleDriver.resetClock();
    }

    @Test
    void anAdministratorOpensEveryClusterThatHasMembersAndAHeadInOneAction() {
        reference.saveLeadership(new ClusterLeadership(6, 2041, "gia-lai", "dak-lak", "test"));
        reference.saveLeadership(new ClusterLeadership(8, 2041, "dong-thap", "an-giang", "test"));

        ResponseEntity<List> response = rest.withBasicAuth("admin", "demo").postForEntity("/api/cycles", Map.of("year", 2041), List.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).hasSize(reference.clusters().size());
        assertThat(response.getBody().toString()).contains("cluster-6-2041, started=true", "cluster-8-2041, started=true",
                "cluster-3-2041, started=false, reason=chưa có cụm trưởng năm 2041");
        driver.runJobs("cluster-8-2041");
        // after the merger of July 2025, cluster 8 is Vĩnh Long, Đồng Tháp and An Giang
        assertThat(driver.tasks("cluster-8-2041", "Task_RegisterTargets")).hasSize(3);

        ResponseEntity<Map> again = rest.withBasicAuth("admin", "demo").postForEntity("/api/cycles", Map.of("year", 2041, "cluster", 8), Map.class);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody()).containsEntry("error", "CYCLE_ALREADY_OPEN").containsEntry("businessKey", "cluster-8-2041");
        assertThat((String) again.getBody().get("message")).startsWith("đã mở chu kỳ cluster-8-2041");
    }

    @Test
    void textLikeAScriptIsStoredAsEnteredAndServedOnlyAsJsonThatNoBrowserExecutes() {
        reference.saveLeadership(new ClusterLeadership(6, 2043, "lam-dong", "dak-lak", "test"));
        rest.withBasicAuth("admin", "demo").postForEntity("/api/cycles", Map.of("year", 2043, "cluster", 6), List.class);
        driver.runJobs("cluster-6-2043");
        Map<String, Object> values = vn.vusta.thidua.support.RegistrationValues.sample(4);
        String script = "<script>alert('thi đua')</script><img src=x onerror=alert(1)>";
        values.put("targetNote1", script);
        driver.submit("lam-dong", driver.task("cluster-6-2043", "Task_RegisterTargets", "province-lam-dong").getId(), values);

        ResponseEntity<Map> response = rest.withBasicAuth("lam-dong", "demo").getForEntity("/api/cycles/cluster-6-2043", Map.class);

        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/json");
        assertThat(response.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'none'");
        Map unit = ((List<Map>) ((Map) ((Map) response.getBody().get("phases")).get("REGISTRATION")).get("units")).get(0);
        assertThat(((List<Map>) unit.get("targets")).get(0)).containsEntry("description", script);
    }

    @Test
    void anAdministratorSetsAClustersOwnDeadlinesWhichCyclesOpenedAfterwardsUse() {
        reference.saveLeadership(new ClusterLeadership(6, 2044, "quang-ngai", "gia-lai", "test"));
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);

        assertThat(rest.withBasicAuth("quang-ngai", "demo").exchange("/api/calendar/6/2044", HttpMethod.PUT,
                new HttpEntity<>(Map.of("REGISTRATION", "2044-04-15"), json), Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<Map> bad = rest.withBasicAuth("admin", "demo").exchange("/api/calendar/6/2044", HttpMethod.PUT,
                new HttpEntity<>(Map.of("REGISTRATION", "2043-04-15", "VOTE", "mười hai"), json), Map.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) bad.getBody().get("message")).contains("REGISTRATION", "không thuộc năm 2044", "VOTE");
        ResponseEntity<Map> set = rest.withBasicAuth("admin", "demo").exchange("/api/calendar/6/2044", HttpMethod.PUT,
                new HttpEntity<>(Map.of("REGISTRATION", "2044-04-15"), json), Map.class);
        assertThat(set.getBody()).containsEntry("REGISTRATION", "2044-04-15").containsEntry("MID_YEAR", "2044-06-30");

        CycleDriver.setClock(2044, 1, 5);
        rest.withBasicAuth("admin", "demo").postForEntity("/api/cycles", Map.of("year", 2044, "cluster", 6), List.class);
        driver.runJobs("cluster-6-2044");
        assertThat(driver.tasks("cluster-6-2044", "Task_RegisterTargets")).allSatisfy(t ->
                assertThat(t.getDescription()).contains("Hạn nộp: 15/04/2044"));
    }

    @Test
    void anOfficerCannotOpenCycles() {
        ResponseEntity<Map> response = rest.withBasicAuth("son-la", "demo").postForEntity("/api/cycles", Map.of("year", 2042), Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getBody()).containsEntry("error", "FORBIDDEN");
    }

    @Test
    void resultsShowPhaseAndUnitStatusToTheHeadButOnlyTheirOwnSubmissionsToAMember() {
        reference.saveLeadership(new ClusterLeadership(6, 2042, "gia-lai", "dak-lak", "test"));
        rest.withBasicAuth("admin", "demo").postForEntity("/api/cycles", Map.of("year", 2042, "cluster", 6), List.class);
        driver.runJobs("cluster-6-2042");
        for (String unit : List.of("gia-lai", "khanh-hoa")) {
            driver.submit(unit, driver.task("cluster-6-2042", "Task_RegisterTargets", "province-" + unit).getId(),
                    vn.vusta.thidua.support.RegistrationValues.sample(unit.length()));
        }

        Map head = rest.withBasicAuth("gia-lai", "demo").getForObject("/api/cycles/cluster-6-2042", Map.class);
        assertThat(head).containsEntry("phase", "REGISTRATION").containsEntry("head", "gia-lai");
        assertThat((List<Map>) ((Map) ((Map) head.get("phases")).get("REGISTRATION")).get("units")).hasSize(2);
        assertThat(head.get("units").toString()).contains("province=khanh-hoa", "status=SUBMITTED", "province=da-nang", "status=OPEN");

        Map member = rest.withBasicAuth("khanh-hoa", "demo").getForObject("/api/cycles/cluster-6-2042", Map.class);
        List<Map> seen = (List<Map>) ((Map) ((Map) member.get("phases")).get("REGISTRATION")).get("units");
        assertThat(seen).extracting(u -> u.get("province")).containsExactly("khanh-hoa");

        assertThat(rest.withBasicAuth("son-la", "demo").getForEntity("/api/cycles/cluster-6-2042", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("cluster-6-supervisor", "demo").getForEntity("/api/cycles/cluster-6-2042", Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rest.withBasicAuth("cluster-8-supervisor", "demo").getForEntity("/api/cycles/cluster-6-2042", Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.getForEntity("/api/cycles/cluster-6-2042", Map.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("admin", "demo").getForEntity("/api/cycles/cluster-6-1999", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }
}
