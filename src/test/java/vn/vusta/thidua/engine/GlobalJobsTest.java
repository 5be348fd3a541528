package vn.vusta.thidua.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import vn.vusta.thidua.ThiDuaSpringTest;

/** The engine's own jobs (history clean-up) belong to no process: only administrators act on them. */
@ThiDuaSpringTest
class GlobalJobsTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    HistoryService historyService;
    @Autowired
    ManagementService managementService;

    @Test
    void anOfficerCannotRunRetryReplanOrSuspendTheHistoryCleanupButAnAdministratorCan() {
        Job cleanup = historyService.cleanUpHistoryAsync(false);
        String job = "/engine-rest/job/" + cleanup.getId();
        TestRestTemplate officer = rest.withBasicAuth("kien-giang", "demo");

        assertThat(status(officer, HttpMethod.PUT, job + "/retries", Map.of("retries", 0))).isEqualTo(403);
        assertThat(status(officer, HttpMethod.POST, job + "/execute", null)).isEqualTo(403);
        assertThat(status(officer, HttpMethod.PUT, job + "/suspended", Map.of("suspended", true))).isEqualTo(403);
        assertThat(status(officer, HttpMethod.PUT, job + "/duedate", Map.of("duedate", "2099-01-01T00:00:00.000+0000")))
                .isEqualTo(403);
        assertThat(status(officer, HttpMethod.PUT, job + "/priority", Map.of("priority", 99))).isEqualTo(403);
        assertThat(status(officer, HttpMethod.DELETE, job, null)).isEqualTo(403);
        assertThat(status(officer, HttpMethod.POST, "/engine-rest/history/cleanup", null)).isEqualTo(403);
        Job unchanged = managementService.createJobQuery().jobId(cleanup.getId()).singleResult();
        assertThat(unchanged.isSuspended()).isFalse();
        assertThat(unchanged.getRetries()).isEqualTo(cleanup.getRetries());
        assertThat(unchanged.getPriority()).isEqualTo(cleanup.getPriority());

        assertThat(status(rest.withBasicAuth("admin", "demo"), HttpMethod.PUT, job + "/priority", Map.of("priority", 7)))
                .isEqualTo(204);
        assertThat(managementService.createJobQuery().jobId(cleanup.getId()).singleResult().getPriority()).isEqualTo(7);
    }

    private static int status(TestRestTemplate client, HttpMethod method, String path, Object body) {
        ResponseEntity<String> response = client.exchange(path, method, new HttpEntity<>(body), String.class);
        return response.getStatusCode().value();
    }
}
