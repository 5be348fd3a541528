package vn.vusta.thidua.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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

/**
 * Re-formed clusters, as an administrator prepares a new year through REST: the checks with their line numbers, the
 * units left out, and an import that touches opened cycles — it says which, and re-syncing is asked for, never done
 * silently. Clusters 8 and 9 from 2150 (Vĩnh Long, Đồng Tháp, An Giang with Cần Thơ and Cà Mau), cluster 6 in 2151.
 */
@ThiDuaSpringTest
class ReformationTest {

    static final String SOUTH = "Cụm thi đua số 8 – Bắc Sông Hậu";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    CycleDriver driver;
    @Autowired
    ReferenceData reference;
    @Autowired
    Cycles cycles;

    @AfterEach
    void tearDown() {
        CycleDriver.resetClock();
    }

    @Test
    void aBadFileIsRejectedWithALineNumberedReasonForEachProblemAndNothingIsWritten() {
        int memberships = reference.memberships().size();
        ResponseEntity<Map> refused = reform("admin", "2150-01-01", """
                cluster,name,province_code
                8,%1$s,vinh-long
                8,%1$s,ben-tre
                9,Cụm thi đua số 9 – Nam Sông Hậu,vinh-long
                8,Cụm 8,dong-thap
                8,%1$s,atlantis
                """.formatted(SOUTH));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).containsEntry("error", "CSV_REJECTED");
        assertThat(refused.getBody().get("problems").toString()).contains(
                "line=3, reason='ben-tre' đã sáp nhập vào 'vinh-long' từ ngày 01/07/2025: không còn là đơn vị ngày 01/01/2150",
                "line=4, reason='vinh-long' đã có ở cụm 8 (dòng 2): một đơn vị chỉ thuộc một cụm trong cùng một ngày",
                "line=5, reason=cụm 8 có hai tên khác nhau", "line=6, reason=mã tỉnh không tồn tại 'atlantis'");
        assertThat(reference.memberships()).hasSize(memberships);
        assertThat(reform("vinh-long", "2150-01-01", "cluster,name,province_code\n8," + SOUTH + ",vinh-long\n")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(reform("admin", "01/01/2150", "cluster,name,province_code\n").getBody().get("message").toString())
                .contains("from", "YYYY-MM-DD");

        ResponseEntity<Map> generic = post("/api/reference/import/clusters",
                "cluster,name,province_code,valid_from\n6,Cụm thi đua số 6,kon-tum,2151-01-01\n");
        assertThat(generic.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(generic.getBody().get("problems").toString())
                .contains("line=2, reason='kon-tum' đã sáp nhập vào 'quang-ngai' từ 2025-07-01: không còn là đơn vị ngày 2151-01-01");
    }

    @Test
    void aReFormationThatTouchesOpenedCyclesSaysWhichAndTheirMembershipChangesOnlyWhenAsked() {
        CycleDriver.setClock(2150, 1, 5);
        reference.saveLeadership(new ClusterLeadership(8, 2150, "vinh-long", "dong-thap", "test"));
        reference.saveLeadership(new ClusterLeadership(9, 2150, "can-tho", "ca-mau", "test"));
        for (int cluster : List.of(8, 9)) {
            admin().postForEntity("/api/cycles", Map.of("year", 2150, "cluster", cluster), List.class);
            driver.runJobs("cluster-" + cluster + "-2150");
        }
        assertThat(driver.tasks("cluster-8-2150", "Task_RegisterTargets")).hasSize(3);

        ResponseEntity<Map> reformed = reform("admin", "2150-01-01", """
                cluster,name,province_code,source
                8,%1$s,vinh-long,quyết định tổ chức lại cụm (thử nghiệm)
                8,%1$s,dong-thap,quyết định tổ chức lại cụm (thử nghiệm)
                8,%1$s,an-giang,quyết định tổ chức lại cụm (thử nghiệm)
                8,%1$s,can-tho,quyết định tổ chức lại cụm (thử nghiệm)
                8,%1$s,ca-mau,quyết định tổ chức lại cụm (thử nghiệm)
                """.formatted(SOUTH));

        assertThat(reformed.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> body = reformed.getBody();
        assertThat(body.get("ended").toString()).contains("can-tho rời cụm 9", "ca-mau rời cụm 9");
        assertThat(body.get("started").toString()).contains("can-tho vào cụm 8", "ca-mau vào cụm 8");
        assertThat(body.get("warnings").toString()).contains("chưa thuộc cụm nào từ ngày 01/01/2150", "Quảng Ninh",
                "Thanh Hoá");
        assertThat(reference.membersOn(8, LocalDate.of(2150, 1, 1)))
                .containsExactly("vinh-long", "dong-thap", "an-giang", "can-tho", "ca-mau");
        assertThat(reference.membersOn(9, LocalDate.of(2150, 1, 1))).isEmpty();
        assertThat(reference.membersOn(9, LocalDate.of(2149, 12, 31))).containsExactly("can-tho", "ca-mau");
        List<Map<String, Object>> affected = (List<Map<String, Object>>) body.get("affectedCycles");
        assertThat(affected).extracting(c -> c.get("businessKey") + " +" + c.get("joining") + " -" + c.get("leaving"))
                .contains("cluster-8-2150 +[can-tho, ca-mau] -[]", "cluster-9-2150 +[] -[can-tho, ca-mau]");
        assertThat(affected).allSatisfy(c -> assertThat(c.get("sync").toString()).contains("/membership/sync"));

        // nothing changed in the cycles until the administrator asks
        assertThat(cycles.find("cluster-8-2150").orElseThrow().members()).hasSize(3);
        assertThat(driver.tasks("cluster-8-2150", "Task_RegisterTargets")).hasSize(3);
        assertThat(rest.withBasicAuth("vinh-long", "demo").postForEntity("/api/cycles/cluster-8-2150/membership/sync",
                Map.of("date", "2150-01-01"), Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<List> synced = admin().postForEntity("/api/cycles/cluster-8-2150/membership/sync",
                Map.of("date", "2150-01-01"), List.class);
        assertThat(synced.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(synced.getBody().toString()).contains("joined=[can-tho, ca-mau]",
                "addedTasks=[Task_RegisterTargets (can-tho), Task_RegisterTargets (ca-mau)]");
        assertThat(driver.tasks("cluster-8-2150", "Task_RegisterTargets")).hasSize(5);
        assertThat(driver.task("cluster-8-2150", "Task_RegisterTargets", "province-can-tho").getName())
                .isEqualTo("Nộp đăng ký thi đua năm 2150 — hạn 31/03/2150");
        assertThat(cycles.find("cluster-8-2150").orElseThrow().members())
                .containsExactly("vinh-long", "dong-thap", "an-giang", "can-tho", "ca-mau");
        assertThat(admin().getForObject("/api/cycles/cluster-8-2150", Map.class).get("changes").toString())
                .contains("kind=UNIT_JOINED", "LHH Cần Thơ là thành viên cụm từ 01/01/2150");

        // the cycle of the emptied cluster is not re-synced into nothing: the administrator cancels it
        ResponseEntity<Map> emptied = admin().postForEntity("/api/cycles/cluster-9-2150/membership/sync",
                Map.of("date", "2150-01-01"), Map.class);
        assertThat(emptied.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat((String) emptied.getBody().get("message")).contains("Cụm 9 không còn thành viên", "huỷ chu kỳ");
        assertThat(admin().postForEntity("/api/cycles/cluster-9-2150/cancel",
                Map.of("reason", "Cụm 9 được nhập vào cụm 8 từ năm 2150"), Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(post("/api/reference/import/clusters",
                "cluster,name,province_code,valid_from\n6,Cụm thi đua số 6,quang-ninh,2151-01-01\n").getBody().get("warnings")
                .toString()).contains("chưa thuộc cụm nào ngày 2151-01-01", "Thanh Hoá").doesNotContain("Quảng Ninh");
    }

    private TestRestTemplate admin() {
        return rest.withBasicAuth("admin", "demo");
    }

    private ResponseEntity<Map> reform(String user, String from, String csv) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.valueOf("text/csv;charset=UTF-8"));
        return rest.withBasicAuth(user, "demo").postForEntity("/api/reference/clusters/reform?from=" + from,
                new HttpEntity<>(csv, headers), Map.class);
    }

    private ResponseEntity<Map> post(String path, String csv) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.valueOf("text/csv;charset=UTF-8"));
        return admin().postForEntity(path, new HttpEntity<>(csv, headers), Map.class);
    }
}
