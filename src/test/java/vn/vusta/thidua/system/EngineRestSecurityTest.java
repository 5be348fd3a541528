package vn.vusta.thidua.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.vusta.thidua.ThiDuaSpringTest;
import vn.vusta.thidua.cycle.CycleStarter;
import vn.vusta.thidua.reference.ClusterLeadership;
import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.registration.Registrations;
import vn.vusta.thidua.support.RegistrationValues;
import vn.vusta.thidua.support.CycleDriver;

/**
 * What officers and the council may do through /engine-rest with a real cycle running (cluster 3, 2148: its 2026 is
 * opened by the 2025 merger scenario, MergerScenarioTest).
 */
@ThiDuaSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineRestSecurityTest {

    private static final String KEY = "cluster-3-2148";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    CycleStarter starter;
    @Autowired
    CycleDriver driver;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    Registrations registrations;
    @Autowired
    ReferenceData reference;

    @BeforeAll
    void openCycle() {
        CycleDriver.setClock(2148, 1, 4);
        reference.saveLeadership(new ClusterLeadership(3, 2148, "son-la", "lao-cai", "test"));
        starter.start(3, 2148);
        driver.runJobs(KEY);
    }

    @AfterAll
    void resetClock() {
        CycleDriver.resetClock();
    }

    @Test
    void anOfficerListsOnlyTheirOwnUnitsTasks() {
        List<Map> tasks = rest.withBasicAuth("son-la", "demo").getForObject("/engine-rest/task?processInstanceBusinessKey=" + KEY, List.class);

        assertThat(tasks).hasSize(1);
        assertThat(taskService.getIdentityLinksForTask((String) tasks.get(0).get("id")))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("province-son-la"));
    }

    @Test
    void anOfficerCannotReadClaimCompleteOrChangeAnotherProvincesTask() {
        String laoCai = task("lao-cai").getId();
        TestRestTemplate sonLa = rest.withBasicAuth("son-la", "demo");

        assertThat(sonLa.getForEntity("/engine-rest/task/" + laoCai, String.class).getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(sonLa.getForEntity("/engine-rest/task/" + laoCai + "/variables", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(sonLa.getForEntity("/engine-rest/task/" + laoCai + "/form-variables", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(sonLa.postForEntity("/engine-rest/task/" + laoCai + "/claim", Map.of("userId", "son-la"), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(sonLa.postForEntity("/engine-rest/task/" + laoCai + "/complete", Map.of("variables", Map.of()), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(sonLa.exchange("/engine-rest/task/" + laoCai + "/localVariables/target1", HttpMethod.PUT,
                new HttpEntity<>(Map.of("value", 1, "type", "Long")), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(taskService.createTaskQuery().taskId(laoCai).singleResult().getAssignee()).isNull();
    }

    @Test
    void anOfficerCannotReadInstancesVariablesOrHistoryOfTheCycle() {
        TestRestTemplate sonLa = rest.withBasicAuth("son-la", "demo");

        assertThat(sonLa.getForObject("/engine-rest/process-instance?businessKey=" + KEY, List.class)).isEmpty();
        // (son-la may read the variables of its own tasks in other cycles; none of this cycle's other units)
        String instances = String.join(",", driver.instances(KEY));
        assertThat(sonLa.getForObject("/engine-rest/variable-instance?processInstanceIdIn=" + instances, List.class))
                .allSatisfy(v -> assertThat(taskService.getIdentityLinksForTask((String) ((Map) v).get("taskId")))
                        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("province-son-la")));
        assertThat(sonLa.getForObject("/engine-rest/history/variable-instance", List.class)).isEmpty();
        assertThat(sonLa.getForObject("/engine-rest/history/task", List.class)).isEmpty();
        assertThat(sonLa.getForObject("/engine-rest/history/process-instance", List.class)).isEmpty();
    }

    @Test
    void anOfficerCannotStartOrCancelCycles() {
        TestRestTemplate sonLa = rest.withBasicAuth("son-la", "demo");
        String cycleId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(KEY)
                .processDefinitionKey(CycleStarter.PROCESS_KEY).singleResult().getId();

        assertThat(sonLa.postForEntity("/engine-rest/process-definition/key/emulation-cycle/start",
                Map.of("businessKey", "cluster-3-2099"), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(sonLa.exchange("/engine-rest/process-instance/" + cycleId, HttpMethod.DELETE, null, String.class)
                .getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(cycleId).count()).isOne();
    }

    @Test
    void theCouncilCannotCompleteAProvincesTask() {
        String dienBien = task("dien-bien").getId();

        assertThat(rest.withBasicAuth("council-chair", "demo").postForEntity("/engine-rest/task/" + dienBien + "/complete",
                Map.of("variables", Map.of()), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("council-office", "demo").postForEntity("/engine-rest/task/" + dienBien + "/complete",
                Map.of("variables", Map.of()), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void wrongTypesSentStraightToCompleteGetA400NamingTheFieldAndTheTaskStaysOpen() {
        String phuTho = task("phu-tho").getId();
        Map<String, Object> variables = typed(RegistrationValues.sample(3));
        variables.put("target1", Map.of("value", "ba mươi", "type", "String"));
        variables.put("target2", Map.of("value", -1, "type", "Long"));

        ResponseEntity<Map> response = rest.withBasicAuth("phu-tho", "demo").postForEntity("/engine-rest/task/" + phuTho + "/complete",
                Map.of("variables", variables), Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) response.getBody().get("message")).contains("target1", "phải là số", "target2", "không được nhỏ hơn 0");
        assertThat(taskService.createTaskQuery().taskId(phuTho).count()).isOne();
        assertThat(registrations.latest(KEY, "phu-tho")).isEmpty();
    }

    @Test
    void aValidCompletionThroughRestIsStoredForThatUnitOnly() {
        String laiChau = task("lai-chau").getId();

        ResponseEntity<String> response = rest.withBasicAuth("lai-chau", "demo").postForEntity("/engine-rest/task/" + laiChau + "/complete",
                Map.of("variables", typed(RegistrationValues.sample(42))), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(registrations.latest(KEY, "lai-chau").orElseThrow().targets().get(0).target().intValue()).isEqualTo(42);
        String phaseId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(KEY)
                .processDefinitionKey("registration").singleResult().getId();
        assertThat(runtimeService.getVariables(phaseId)).doesNotContainKeys("target1", "aimFlag");
    }

    private Task task(String unit) {
        return driver.task(KEY, "Task_RegisterTargets", "province-" + unit);
    }

    private static Map<String, Object> typed(Map<String, Object> values) {
        Map<String, Object> typed = new LinkedHashMap<>();
        values.forEach((name, value) -> typed.put(name, Map.of("value", value,
                "type", value instanceof Boolean ? "Boolean" : value instanceof Long ? "Long" : "String")));
        return typed;
    }
}
