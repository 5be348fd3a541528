package vn.vusta.thidua.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.vusta.thidua.ThiDuaSpringTest;
import vn.vusta.thidua.engine.EngineClock;
import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.reference.UnitNames;
import vn.vusta.thidua.support.CycleSteps;
import vn.vusta.thidua.support.RegistrationValues;
import vn.vusta.thidua.support.CycleDriver;
import vn.vusta.thidua.support.RestTasks;
import vn.vusta.thidua.system.AuditTrail;

/**
 * The late unit in Tasklist: at the deadline the head (VUSTA's office for the head's own unit) gets a task
 * "Xử lý đơn vị quá hạn: …" with a due date, sees it through {@code /engine-rest} as the real user, and closes the
 * phase for the unit or extends its deadline from the form {@code handle-late-unit}, validated on the server; the
 * task ends by itself when the unit submits after all or is handled through the REST API, and comes again at the end
 * of an extension. Cluster 3 in 2170–2171.
 */
@ThiDuaSpringTest
class LateUnitTasklistTest {

    private static final int CLUSTER = 3;
    private static final String TASK = "Task_HandleLateUnit";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate rest;
    @Autowired
    CycleDriver driver;
    @Autowired
    CycleStarter starter;
    @Autowired
    ReferenceData reference;
    @Autowired
    UnitProgress progress;
    @Autowired
    AuditTrail audit;
    @Autowired
    UnitNames names;
    @Autowired
    HistoryService historyService;

    CycleSteps steps;
    LateUnitApi api;
    RestTasks tasks;

    @BeforeEach
    void setUp() {
        steps = new CycleSteps(starter, driver, reference);
        api = new LateUnitApi(rest);
        tasks = new RestTasks(rest);
    }

    @AfterEach
    void tearDown() {
        CycleDriver.resetClock();
    }

    @Test
    void theHeadClosesALateUnitFromTasklistAndTheTaskOfAUnitThatSubmitsAfterAllDisappears() throws Exception {
        String key = steps.open(CLUSTER, 2170);
        List<String> members = steps.members(CLUSTER, 2170);
        String head = members.get(0);
        String other = members.get(1);
        String late = members.get(members.size() - 1);
        String submitsAfterAll = members.get(members.size() - 2);
        for (int i = 0; i < members.size() - 2; i++) {
            driver.submit(members.get(i), driver.task(key, "Task_RegisterTargets", "province-" + members.get(i)).getId(),
                    RegistrationValues.sample(i));
        }
        CycleDriver.setClock(2170, 3, 30);
        driver.runJobs(key);
        assertThat(lateUnitTasks(head, key)).as("not before the deadline").isEmpty();

        CycleDriver.setClock(2170, 4, 2);
        driver.runJobs(key);
        List<JsonNode> seen = lateUnitTasks(head, key);
        assertThat(seen).extracting(t -> t.get("name").asText()).containsExactlyInAnyOrder(
                "Xử lý đơn vị quá hạn: LHH " + names.ofYear(late, 2170) + " (Đăng ký thi đua)",
                "Xử lý đơn vị quá hạn: LHH " + names.ofYear(submitsAfterAll, 2170) + " (Đăng ký thi đua)");
        assertThat(seen).allSatisfy(t -> assertThat(OffsetDateTime.parse(t.get("due").asText(), REST_DATE).toInstant())
                .as("due: the head's days after today").isEqualTo(LocalDateTime.of(2170, 4, 9, 23, 59, 59)
                        .atZone(EngineClock.VIETNAM).toInstant()));
        assertThat(lateUnitTasks(other, key)).as("another member sees nothing").isEmpty();
        assertThat(lateUnitTasks(late, key)).as("nor does the late unit").isEmpty();
        String lateTask = taskFor(head, key, late);

        assertRefused(tasks.complete(head, lateTask, Map.of()), "lateUnitAction", "Cách xử lý: bắt buộc nhập");
        assertRefused(tasks.complete(head, lateTask, Map.of("lateUnitAction", "extend", "lateUnitReason", "Chờ")),
                "extendUntil", "Gia hạn đến ngày: bắt buộc nhập");
        assertRefused(tasks.complete(head, lateTask, Map.of("lateUnitAction", "extend", "extendUntil", "2170-04-02",
                "lateUnitReason", "Chờ")), "extendUntil", "Gia hạn đến ngày: phải từ 03/04/2170");
        assertRefused(tasks.complete(head, lateTask, Map.of("lateUnitAction", "extend", "extendUntil", "2170-02-30",
                "lateUnitReason", "Chờ")), "extendUntil", "phải là ngày có thật");
        assertRefused(tasks.complete(head, lateTask, Map.of("lateUnitAction", "skip", "lateUnitReason", "x")),
                "lateUnitAction", "giá trị không hợp lệ");
        assertRefused(tasks.complete(head, lateTask, Map.of("lateUnitAction", "close", "lateUnitReason", " ")),
                "lateUnitReason", "Lý do: bắt buộc nhập");
        assertRefused(tasks.complete(head, lateTask, Map.of("lateUnitAction", "close", "lateUnitReason", "x",
                "lateUnit", other)), "lateUnit", "không phải là trường của biểu mẫu");
        assertThat(tasks.complete(other, lateTask, Map.of("lateUnitAction", "close", "lateUnitReason", "x"))
                .getStatusCode().is4xxClientError()).as("another member cannot complete it").isTrue();
        assertThat(progress.of(key, Phase.REGISTRATION)).filteredOn(s -> s.province().equals(late)).singleElement()
                .satisfies(s -> assertThat(s.status()).isNotEqualTo(UnitStatus.Status.NOT_SUBMITTED));

        ResponseEntity<String> closed = tasks.submitForm(head, lateTask, Map.of("lateUnitAction", "close",
                "lateUnitReason", "Không gửi đăng ký dù đã được nhắc"));
        assertThat(closed.getStatusCode().value()).as(closed.getBody()).isEqualTo(204);
        assertThat(progress.of(key, Phase.REGISTRATION)).filteredOn(s -> s.province().equals(late)).singleElement()
                .satisfies(s -> {
                    assertThat(s.status()).isEqualTo(UnitStatus.Status.NOT_SUBMITTED);
                    assertThat(s.closedReason()).isEqualTo("Không gửi đăng ký dù đã được nhắc");
                });
        assertThat(audit.entriesFor(key)).anySatisfy(e -> assertThat(e.actor() + " " + e.action() + " " + e.details())
                .startsWith(head + " CLOSE_UNIT_PHASE " + late));
        assertThat(driver.tasks(key, "Task_RegisterTargets")).extracting(t -> t.getName()).hasSize(1);

        driver.submit(submitsAfterAll, driver.task(key, "Task_RegisterTargets", "province-" + submitsAfterAll).getId(),
                RegistrationValues.sample(5));
        assertThat(lateUnitTasks(head, key)).as("no dangling task once the unit has submitted").isEmpty();
        assertThat(driver.tasks(key, TASK)).isEmpty();
        assertThat(historyService.createHistoricActivityInstanceQuery().activityId("EndEvent_SettledOtherwise")
                .processInstanceId(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key)
                        .processDefinitionKey(LateUnitTasks.PROCESS_KEY).variableValueEquals(LateUnitTasks.UNIT,
                                submitsAfterAll).singleResult().getId()).count()).isEqualTo(1);
        driver.runJobs(key);
        assertThat(driver.task(key, "Task_ReviewRegistrations", "province-" + head)).as("the cycle goes on").isNotNull();
    }

    @Test
    void theOfficeHandlesTheLateHeadItsExtensionEndsInANewTaskAndTheApiSettlesTheTaskToo() throws Exception {
        String key = steps.open(CLUSTER, 2171);
        List<String> members = steps.members(CLUSTER, 2171);
        String head = members.get(0);
        String closedByApi = members.get(members.size() - 1);
        for (int i = 1; i < members.size() - 1; i++) {
            driver.submit(members.get(i), driver.task(key, "Task_RegisterTargets", "province-" + members.get(i)).getId(),
                    RegistrationValues.sample(i));
        }
        CycleDriver.setClock(2171, 4, 2);
        driver.runJobs(key);
        assertThat(lateUnitTasks(head, key)).extracting(t -> t.get("name").asText()).containsExactly(
                "Xử lý đơn vị quá hạn: LHH " + names.ofYear(closedByApi, 2171) + " (Đăng ký thi đua)");
        String headsOwn = taskFor("council-office", key, head);

        ResponseEntity<String> extended = tasks.complete("council-office", headsOwn, Map.of("lateUnitAction", "extend",
                "extendUntil", "2171-04-20", "lateUnitReason", "Cụm trưởng xin thêm thời gian"));
        assertThat(extended.getStatusCode().value()).as(extended.getBody()).isEqualTo(204);
        assertThat(driver.task(key, "Task_RegisterTargets", "province-" + head).getDueDate().toInstant())
                .isEqualTo(LocalDateTime.of(2171, 4, 20, 23, 59, 59).atZone(EngineClock.VIETNAM).toInstant());
        assertThat(audit.entriesFor(key)).anySatisfy(e -> assertThat(e.actor() + " " + e.action())
                .isEqualTo("council-office EXTEND_UNIT_DEADLINE"));
        assertThat(lateUnitTasks("council-office", key)).extracting(t -> t.get("name").asText())
                .noneMatch(name -> name.contains(names.ofYear(head, 2171)));

        assertThat(api.close(head, key, closedByApi, "Đơn vị đã báo không tham gia").getStatusCode().value())
                .isEqualTo(200);
        assertThat(lateUnitTasks(head, key)).as("handled through the API: the Tasklist task has gone").isEmpty();

        CycleDriver.setClock(2171, 4, 21);
        driver.runJobs(key);
        assertThat(lateUnitTasks(head, key)).as("the head never gets its own unit's task").isEmpty();
        String again = taskFor("council-office", key, head);
        ResponseEntity<String> closed = tasks.complete("council-office", again, Map.of("lateUnitAction", "close",
                "lateUnitReason", "Hết hạn gia hạn mà không nộp"));
        assertThat(closed.getStatusCode().value()).as(closed.getBody()).isEqualTo(204);
        assertThat(LateUnitScenarioTest.phase(LateUnitScenarioTest.unitOf(api.results("council-office", key), head),
                "REGISTRATION")).containsEntry("timelinessLabel", "không nộp đúng hạn");
        assertThat(driver.tasks(key, TASK)).isEmpty();
        driver.runJobs(key);
        assertThat(driver.task(key, "Task_ReviewRegistrations", "province-" + head)).isNotNull();
    }

    private static final DateTimeFormatter REST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    /** The user's open late-unit tasks of the cycle, as Tasklist lists them. */
    private List<JsonNode> lateUnitTasks(String user, String key) throws Exception {
        ResponseEntity<String> response = rest.withBasicAuth(user, "demo").getForEntity(
                "/engine-rest/task?processInstanceBusinessKey=" + key + "&taskDefinitionKey=" + TASK, String.class);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
        List<JsonNode> found = new ArrayList<>();
        JSON.readTree(response.getBody()).forEach(found::add);
        return found;
    }

    private String taskFor(String user, String key, String unit) throws Exception {
        String name = names.ofYear(unit, Integer.parseInt(key.substring(key.length() - 4)));
        return lateUnitTasks(user, key).stream().filter(t -> t.get("name").asText().contains("LHH " + name + " ("))
                .findFirst().orElseThrow(() -> new AssertionError("no late-unit task for " + unit + " as " + user))
                .get("id").asText();
    }

    private static void assertRefused(ResponseEntity<String> response, String field, String message) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
        assertThat(response.getBody()).contains(field, message);
    }
}
