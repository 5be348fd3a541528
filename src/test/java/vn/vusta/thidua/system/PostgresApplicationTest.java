package vn.vusta.thidua.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.vusta.thidua.support.PostgresSpringTest;

/** The application starts and works on PostgreSQL with the production profile. */
class PostgresApplicationTest extends PostgresSpringTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcessEngine processEngine;
    @Autowired
    IdentityService identityService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    TestRestTemplate rest;

    @Test
    void runsOnPostgresqlWithTheEngineConfiguredForIt() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
            assertThat(connection.getMetaData().getDatabaseMajorVersion()).isGreaterThanOrEqualTo(16);
        }
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        assertThat(configuration.getDatabaseType()).isEqualTo("postgres");
        assertThat(processEngine.getName()).isEqualTo(ENGINE);
        assertThat(configuration.isJobExecutorDeploymentAware()).isFalse();
    }

    @Test
    void appliesTheFlywayMigrationsUnchanged() {
        List<String> applied = jdbc.queryForList(
                "SELECT version FROM thidua_schema_history WHERE success AND version IS NOT NULL ORDER BY installed_rank",
                String.class);
        assertThat(applied).contains("1");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM thidua_schema_history WHERE NOT success", Integer.class))
                .isZero();
    }

    @Test
    void addsTheIndexTheEngineLacksForFindingSubtasks() {
        assertThat(jdbc.queryForObject("SELECT indexdef FROM pg_indexes WHERE indexname = 'thidua_idx_task_parent'", String.class))
                .containsIgnoringCase("act_ru_task").containsIgnoringCase("parent_task_id_");
    }

    @Test
    void loadsTheSixtyThreeProvincesAndTheDemoUsers() {
        assertThat(jdbc.queryForObject("SELECT count(*) FROM province", Integer.class)).isEqualTo(63);
        assertThat(jdbc.queryForObject("SELECT name FROM province WHERE code = 'son-la'", String.class)).isEqualTo("Sơn La");
        assertThat(identityService.createUserQuery().userId("son-la").count()).isEqualTo(1);
        assertThat(identityService.createUserQuery().memberOfGroup("camunda-admin").userId("admin").count()).isEqualTo(1);
        assertThat(identityService.checkPassword("son-la", "demo")).isTrue();
    }

    @Test
    void engineRestAsksForCredentialsAndAcceptsAnOfficer() {
        String tasks = "/engine-rest/engine/" + ENGINE + "/task";
        ResponseEntity<String> anonymous = rest.getForEntity(tasks, String.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        ResponseEntity<String> officer = rest.withBasicAuth("son-la", "demo").getForEntity(tasks, String.class);
        assertThat(officer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(officer.getBody()).startsWith("[");
    }

    @Test
    void marksTheWebappCookiesSecureForHttpsProduction() {
        ResponseEntity<String> page = rest.getForEntity("/camunda/app/tasklist/", String.class);

        List<String> cookies = page.getHeaders().getOrEmpty("Set-Cookie");
        assertThat(cookies).filteredOn(cookie -> cookie.startsWith("XSRF-TOKEN=")).singleElement()
                .asString().contains("Secure");
    }

    @Test
    void runsAProcessFromStartToEnd() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("Process_PostgresSmoke")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("Task_Confirm").camundaCandidateGroups("province-son-la")
                .endEvent()
                .done();
        repositoryService.createDeployment().addModelInstance("postgres-smoke.bpmn", model).deploy();

        ProcessInstance instance = runtimeService.startProcessInstanceByKey("Process_PostgresSmoke", "smoke-1");
        Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_Confirm");
        taskService.complete(task.getId());

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
                .finished().count()).isEqualTo(1);
    }
}
