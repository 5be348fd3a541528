package vn.vusta.thidua.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.vusta.thidua.ThiDuaSpringTest;
import vn.vusta.thidua.reference.ClusterLeadership;
import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.support.CycleDriver;
import vn.vusta.thidua.system.GroupIds;

/**
 * Who supervises which cluster in which year is reference data: access to a cycle follows it, not the user's name.
 * Cluster 6, years 2152 and 2153; a supervisor named like nothing in particular.
 */
@ThiDuaSpringTest
class SupervisorAccessTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    IdentityService identityService;
    @Autowired
    ReferenceData reference;
    @Autowired
    CycleDriver driver;

    @AfterEach
    void tearDown() {
        CycleDriver.resetClock();
    }

    @Test
    void aSupervisorReadsTheClusterYearsTheDataGivesThemAndNothingElse() {
        if (identityService.createUserQuery().userId("nguyen-van-phu-trach").count() == 0) {
            User user = identityService.newUser("nguyen-van-phu-trach");
            user.setFirstName("Nguyễn Văn");
            user.setLastName("Phụ Trách");
            user.setPassword("demo");
            identityService.saveUser(user);
            identityService.createMembership("nguyen-van-phu-trach", GroupIds.SUPERVISORS);
        }
        for (int year : List.of(2152, 2153)) {
            reference.saveLeadership(new ClusterLeadership(6, year, "quang-ngai", "khanh-hoa", "test"));
            CycleDriver.setClock(year, 1, 5);
            rest.withBasicAuth("admin", "demo").postForEntity("/api/cycles", Map.of("year", year, "cluster", 6), List.class);
            driver.runJobs("cluster-6-" + year);
        }
        driver.submit("khanh-hoa", driver.task("cluster-6-2152", "Task_RegisterTargets", "province-khanh-hoa").getId(),
                vn.vusta.thidua.support.RegistrationValues.sample(10));
        assertThat(read("nguyen-van-phu-trach", "cluster-6-2152")).isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<Map> refused = importSupervisors("""
                cluster,user_id,from_year,to_year,name
                6,nguyen-van-phu-trach,2152,2152,Nguyễn Văn Phụ Trách
                42,nguyen-van-phu-trach,2152,,Cụm không có
                6,nguyen-van-phu-trach,2153,2150,Năm ngược
                """);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().get("problems").toString()).contains("line=3, reason=cụm 42 chưa có trong dữ liệu",
                "line=4, reason=to_year (2150) trước from_year (2153)");

        ResponseEntity<Map> accepted = importSupervisors("""
                cluster,user_id,from_year,to_year,name
                6,nguyen-van-phu-trach,2152,2152,Nguyễn Văn Phụ Trách
                """);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<Map> supervised = rest.withBasicAuth("nguyen-van-phu-trach", "demo")
                .getForEntity("/api/cycles/cluster-6-2152", Map.class);
        assertThat(supervised.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(supervised.getBody().get("phases").toString()).as("a supervisor sees every unit's submissions")
                .contains("province=khanh-hoa");
        assertThat(read("nguyen-van-phu-trach", "cluster-6-2153")).as("not supervised that year").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("nguyen-van-phu-trach", "demo").getForObject("/api/cycles?year=2153", List.class))
                .isEmpty();
        assertThat(read("cluster-6-supervisor", "cluster-6-2153")).as("the demo supervisor of cluster 6, from the data")
                .isEqualTo(HttpStatus.OK);
        assertThat(read("cluster-8-supervisor", "cluster-6-2153")).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("nguyen-van-phu-trach", "demo")
                .getForEntity("/api/cycles/cluster-6-2152/documents", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private HttpStatus read(String user, String key) {
        return HttpStatus.valueOf(rest.withBasicAuth(user, "demo").getForEntity("/api/cycles/" + key, Map.class)
                .getStatusCode().value());
    }

    private ResponseEntity<Map> importSupervisors(String csv) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.valueOf("text/csv;charset=UTF-8"));
        return rest.withBasicAuth("admin", "demo").postForEntity("/api/reference/import/supervisors",
                new HttpEntity<>(csv, headers), Map.class);
    }
}
