package vn.vusta.thidua.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.vusta.thidua.ThiDuaSpringTest;
import vn.vusta.thidua.reference.ClusterLeadership;
import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.support.CycleDriver;

/**
 * {@code GET /api/tasks/{id}/notice}: what Tasklist confirms after "Hoàn thành", for the officers who may see the task
 * and for nobody else. Cluster 6 of year 2103 (members read from the reference data).
 */
@ThiDuaSpringTest
class TaskNoticeApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    CycleStarter starter;
    @Autowired
    CycleDriver driver;
    @Autowired
    ReferenceData reference;

    @Test
    void anOfficerIsToldWhatItsRegistrationSendsAndWhatComesNextAndNoOtherUnitMayAsk() {
        List<String> members = reference.membersOn(6, LocalDate.of(2103, 1, 1));
        reference.saveLeadership(new ClusterLeadership(6, 2103, members.get(0), members.get(1), "test"));
        CycleStarter.Outcome outcome = starter.start(6, 2103);
        assertThat(outcome.started()).as(outcome.reason()).isTrue();
        driver.runJobs(outcome.businessKey());
        String unit = members.get(1);
        Task task = driver.task(outcome.businessKey(), "Task_RegisterTargets", "province-" + unit);
        String name = reference.province(unit).orElseThrow().name();

        ResponseEntity<Map> own = rest.withBasicAuth(unit, "demo").getForEntity("/api/tasks/" + task.getId() + "/notice", Map.class);
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(own.getBody()).containsEntry("task", task.getName())
                .containsEntry("done", "Đăng ký thi đua năm 2103 của LHH " + name
                        + " (chỉ tiêu 8 lĩnh vực, danh hiệu phấn đấu, giao ước thi đua).");
        assertThat((String) own.getBody().get("next")).startsWith("Tiếp theo: khi các đơn vị trong cụm đã nộp, cụm trưởng duyệt");
        assertThat(task.getName()).startsWith("Nộp đăng ký thi đua năm 2103 — hạn ");

        String other = reference.membersOn(8, LocalDate.of(2103, 1, 1)).get(0);
        assertThat(rest.withBasicAuth(other, "demo").getForEntity("/api/tasks/" + task.getId() + "/notice", Map.class)
                .getStatusCode()).as("a unit of another cluster").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.withBasicAuth(unit, "demo").getForEntity("/api/tasks/no-such-task/notice", Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.getForEntity("/api/tasks/" + task.getId() + "/notice", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
