package vn.vusta.thidua.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.vusta.thidua.ThiDuaSpringTest;
import vn.vusta.thidua.support.CycleDriver;
import vn.vusta.thidua.support.VoteFixture;

/**
 * The ballot is secret against every endpoint: while the vote is open and after it is counted, no ballot value is in
 * runtime variables, task variables, variable history, history details (form fields included) or the operation log
 * — through the Java API as admin and through the REST API with admin's credentials. Cluster 6, 2031.
 */
@ThiDuaSpringTest
class BallotSecrecyTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    ApplicationContext context;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    CycleDriver driver;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    @AfterEach
    void tearDown() {
        CycleDriver.resetClock();
    }

    @Test
    void theEngineRunsTheSecretVariantOfTheConfiguredHistoryLevel() {
        var level = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getHistoryLevel();
        assertThat(level.getClass().getSimpleName()).isEqualTo("SecretFieldsHistoryLevel");
        assertThat(level.getName()).isEqualTo("audit");
        assertThat(level.getId()).isEqualTo(2);
    }

    @Test
    void noBallotValueCanBeReadFromAnyEndpointWhileVotingOrAfterTheCount() throws Exception {
        VoteFixture fixture = new VoteFixture(context);
        String key = fixture.openVote(6, 2031, "quang-ngai", "gia-lai", NominationVoteScenarioTest.CLUSTER_6);
        String vote = fixture.voteInstance(key).getId();

        fixture.vote(key, "quang-ngai", List.of("gia-lai"), List.of("dak-lak"), "gia-lai", "dak-lak");
        fixture.vote(key, "gia-lai", List.of("quang-ngai"), List.of("da-nang"), "dak-lak", "da-nang");
        fixture.vote(key, "dak-lak", List.of("quang-ngai"), List.of("da-nang"), "gia-lai", "khanh-hoa");
        assertSecret(key, vote);
        Task open = fixture.ballotTask(key, "khanh-hoa");
        Map<String, Object> openBallot = taskService.getVariables(open.getId());
        // the ballot's fields are never engine variables: not declared, and submissions stay transient
        assertThat(openBallot).doesNotContainKeys("flag", "merit", "nextHead", "nextDeputy");
        ResponseEntity<String> formVariables = rest.withBasicAuth("admin", "demo")
                .getForEntity("/engine-rest/task/" + open.getId() + "/form-variables?deserializeValues=false", String.class);
        assertThat(formVariables.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertNoBallotValue(json.readTree(formVariables.getBody()).path("flag"));

        fixture.vote(key, "khanh-hoa", List.of("quang-ngai"), List.of("dak-lak"), "gia-lai", "dak-lak");
        fixture.vote(key, "da-nang", List.of("gia-lai"), List.of("dak-lak"), "gia-lai", "dak-lak");
        fixture.vote(key, "lam-dong", List.of("quang-ngai"), List.of(), "khanh-hoa", "gia-lai");
        fixture.runVoteJobs(key);
        assertThat(fixture.voteInstance(key)).extracting(ProcessInstance::getId).isEqualTo(vote);
        assertThat(driver.tasks(key, "Task_ConfirmMinutes")).hasSize(1);
        assertSecret(key, vote);
        assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(vote)
                .variableNameIn(VoteVariables.BALLOT_FIELDS.toArray(String[]::new)).count()).isZero();

        driver.submit("quang-ngai", driver.task(key, "Task_ConfirmMinutes", "province-quang-ngai").getId(),
                Map.of("meetingDate", "2031-12-09", "meetingPlace", "Quảng Ngãi", "membersPresent", 6L, "confirmed", true));
        assertSecret(key, vote);
    }

    @Test
    void aStoredBallotCannotBeTracedToItsVoter() {
        List<String> columns = jdbc.queryForList(
                "SELECT LOWER(column_name) FROM information_schema.columns WHERE LOWER(table_name) = 'ballot'", String.class);
        assertThat(columns).containsExactlyInAnyOrder("id", "business_key", "round_no", "flag", "merit", "next_head",
                "next_deputy", "cast_on");
        assertThat(jdbc.queryForObject("SELECT LOWER(data_type) FROM information_schema.columns "
                + "WHERE LOWER(table_name) = 'ballot' AND LOWER(column_name) = 'cast_on'", String.class)).isEqualTo("date");
    }

    private void assertSecret(String key, String vote) throws Exception {
        List<String> instances = new ArrayList<>(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key)
                .list().stream().map(ProcessInstance::getId).toList());
        instances.add(vote);
        for (String instance : instances.stream().distinct().toList()) {
            assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance).list())
                    .noneSatisfy(v -> assertThat(VoteVariables.BALLOT_FIELDS).contains(v.getName()));
            for (HistoricDetail detail : historyService.createHistoricDetailQuery().processInstanceId(instance).list()) {
                if (detail instanceof HistoricVariableUpdate update) {
                    assertThat(VoteVariables.BALLOT_FIELDS).doesNotContain(update.getVariableName());
                }
                if (detail instanceof HistoricFormField field) {
                    assertThat(VoteVariables.BALLOT_FIELDS).doesNotContain(field.getFieldId());
                }
            }
            for (VariableInstance variable : runtimeService.createVariableInstanceQuery().processInstanceIdIn(instance).list()) {
                if (VoteVariables.BALLOT_FIELDS.contains(variable.getName())) {
                    // an open ballot task holds only its declared empty value: null, or [] for the lists
                    assertThat(variable.getValue() == null ? null : variable.getValue().toString()).as(variable.getName())
                            .isIn(null, "[]");
                }
            }
            for (UserOperationLogEntry entry : historyService.createUserOperationLogQuery().processInstanceId(instance).list()) {
                assertThat(VoteVariables.BALLOT_FIELDS).doesNotContain(entry.getProperty());
            }
            assertRest("/engine-rest/history/variable-instance?processInstanceId=" + instance, "name");
            assertRest("/engine-rest/history/detail?processInstanceId=" + instance, "variableName");
            assertRest("/engine-rest/history/detail?processInstanceId=" + instance, "fieldId");
            assertRest("/engine-rest/variable-instance?processInstanceIdIn=" + instance, "name");
        }
        assertThat(historyService.createHistoricVariableInstanceQuery()
                .variableNameIn(VoteVariables.BALLOT_FIELDS.toArray(String[]::new)).processInstanceIdIn(vote).count()).isZero();
    }

    /** Every entry the endpoint returns as admin: a ballot field, if listed at all, holds no value. */
    private void assertRest(String path, String nameProperty) throws Exception {
        ResponseEntity<String> response = rest.withBasicAuth("admin", "demo").getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        for (JsonNode entry : json.readTree(response.getBody())) {
            if (VoteVariables.BALLOT_FIELDS.contains(entry.path(nameProperty).asText())) {
                assertThat(path).as("runtime only").startsWith("/engine-rest/variable-instance");
                assertNoBallotValue(entry);
            }
        }
    }

    /** An open ballot task's field holds only its declared empty value: null, or the empty Json list. */
    private void assertNoBallotValue(JsonNode entry) {
        JsonNode value = entry.path("value");
        if (value.isMissingNode() || value.isNull()) {
            return;
        }
        if (value.isTextual() || !entry.has("id")) {
            assertThat(value.isTextual() ? value.asText() : value.toString()).as("ballot value " + value).isEqualTo("[]");
            return;
        }
        Object stored = runtimeService.createVariableInstanceQuery().variableId(entry.path("id").asText()).singleResult().getValue();
        assertThat(String.valueOf(stored)).as("ballot value " + value).isEqualTo("[]");
    }
}
