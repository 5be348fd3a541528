package vn.vusta.thidua.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.vusta.thidua.ThiDuaSpringTest;
import vn.vusta.thidua.cycle.CycleStarter;
import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.registration.Registrations;
import vn.vusta.thidua.support.CycleSteps;
import vn.vusta.thidua.support.CycleDriver;
import vn.vusta.thidua.support.CycleReplay;
import vn.vusta.thidua.support.RestTasks;

/** No request an officer can make answers 500: late, concurrent or malformed requests get 4xx with a Vietnamese reason. */
@ThiDuaSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RestErrorStatusTest {

    private static final int CLUSTER = 6;
    private static final int YEAR = 2024;

    @Autowired
    TestRestTemplate rest;
    @Autowired
    CycleStarter starter;
    @Autowired
    CycleDriver driver;
    @Autowired
    ReferenceData reference;
    @Autowired
    Registrations registrations;

    private RestTasks tasks;
    private String key;
    private List<String> members;

    @BeforeAll
    void open() {
        tasks = new RestTasks(rest);
        CycleSteps steps = new CycleSteps(starter, driver, reference);
        members = steps.members(CLUSTER, YEAR);
        key = steps.open(CLUSTER, YEAR);
    }

    @AfterAll
    void resetClock() {
        CycleDriver.resetClock();
    }

    @Test
    void aSecondSubmissionOfAClosedTaskIsNotFoundWithAVietnameseReason() {
        String unit = members.get(2);
        String task = registrationTask(unit);

        assertThat(tasks.complete(unit, task, CycleReplay.registration(true, false)).getStatusCode().value()).isEqualTo(204);
        ResponseEntity<String> again = tasks.complete(unit, task, CycleReplay.registration(false, true));
        ResponseEntity<String> form = tasks.submitForm(unit, task, CycleReplay.registration(false, true));

        assertThat(again.getStatusCode().value()).as(again.getBody()).isEqualTo(404);
        assertThat(again.getBody()).contains("Công việc không còn");
        assertThat(form.getStatusCode().value()).as(form.getBody()).isEqualTo(404);
        assertThat(registrations.latest(key, unit).orElseThrow().aimFlag()).isTrue();
    }

    @Test
    void twoSubmissionsOfOneTaskAtTheSameMomentStoreOneAndAnswerTheOtherWith4xx() throws Exception {
        String unit = members.get(3);
        String task = registrationTask(unit);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            boolean flag = i % 2 == 0;
            answers.add(pool.submit(() -> {
                start.await();
                return tasks.complete(unit, task, CycleReplay.registration(flag, !flag));
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<ResponseEntity<String>> answer : answers) {
            ResponseEntity<String> response = answer.get();
            statuses.add(response.getStatusCode().value());
            if (response.getStatusCode().value() != 204) {
                assertThat(response.getBody()).contains("Công việc");
            }
        }
        pool.shutdown();

        assertThat(statuses).containsOnlyOnce(204).allMatch(status -> status == 204 || status == 404 || status == 409);
        assertThat(registrations.latest(key, unit)).isPresent().get().extracting(r -> r.version()).isEqualTo(1);
    }

    @Test
    void deeplyNestedJsonIsABadRequest() {
        String nested = "[".repeat(5000) + "]".repeat(5000);
        String body = "{\"variables\": {\"target1\": {\"value\": " + nested + "}}}";
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);

        ResponseEntity<String> engine = rest.withBasicAuth(members.get(4), "demo").exchange("/engine-rest/task/"
                + registrationTask(members.get(4)) + "/complete", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
        ResponseEntity<String> api = rest.withBasicAuth("admin", "demo").exchange("/api/cycles", HttpMethod.POST,
                new HttpEntity<>("{\"year\": " + nested + "}", headers), String.class);

        assertThat(engine.getStatusCode().value()).as(engine.getBody()).isEqualTo(400);
        assertThat(api.getStatusCode().value()).as(api.getBody()).isEqualTo(400);
    }

    @Test
    void unknownCodesAndKeysAreNotFoundOrBadRequests() {
        TestRestTemplate officer = rest.withBasicAuth(members.get(1), "demo");
        for (String path : List.of("/api/cycles/cluster-99-2024", "/api/cycles/khong-hop-le", "/api/awards?unit=khong-co",
                "/api/awards?year=abc", "/api/reference/clusters/99/members/2024", "/api/cycles/cluster-6-2024/documents/x.pdf",
                "/api/calendar/99/2024", "/api/exports/2024.xlsx")) {
            int status = officer.getForEntity(path, String.class).getStatusCode().value();
            assertThat(status).as(path).isLessThan(500);
        }
        ResponseEntity<String> unknownTask = tasks.complete(members.get(1), "khong-co", Map.of("target1", 1L));
        assertThat(unknownTask.getStatusCode().value()).as(unknownTask.getBody()).isEqualTo(404);
    }

    @Test
    void engineRestAnswersAreNeverSniffed() {
        ResponseEntity<String> answer = rest.withBasicAuth(members.get(1), "demo").getForEntity("/engine-rest/task", String.class);

        assertThat(answer.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    private String registrationTask(String unit) {
        return driver.task(key, "Task_RegisterTargets", "province-" + unit).getId();
    }
}
