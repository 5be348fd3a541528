package vn.vusta.thidua.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.vusta.thidua.support.ApplicationNode;
import vn.vusta.thidua.support.EmbeddedPostgres;
import vn.vusta.thidua.support.JobExecutions;

/**
 * Two application nodes on one PostgreSQL database, as production runs them behind a load balancer: work
 * started or completed on one node continues on the other, every job runs once, concurrent completions
 * through both REST APIs lose nothing, and a node that stops with jobs locked leaves them to the other.
 * The last test stops node 1, so the tests run in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeClusterTest {

    private static final Logger LOG = LoggerFactory.getLogger(TwoNodeClusterTest.class);
    private static final String[] CLUSTER_SETTINGS = {
        "camunda.bpm.job-execution.enabled=true",
        // a stopped node's jobs are free again after 5 s; idle nodes look for jobs at least every 0.5 s
        "camunda.bpm.job-execution.lock-time-in-millis=5000",
        "camunda.bpm.job-execution.wait-time-in-millis=100",
        "camunda.bpm.job-execution.max-wait=500",
        // closing a node must not wait the default 30 s for its hung job threads
        "spring.lifecycle.timeout-per-shutdown-phase=2s",
    };
    private static final String ADMIN = "admin";
    private static final String PASSWORD = "demo";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ApplicationNode node1;
    private static ApplicationNode node2;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void startTwoNodesOnOneDatabase() {
        EmbeddedPostgres.Database database = EmbeddedPostgres.freshDatabase("two_nodes");
        // one after the other: the first creates the schema, as in production
        node1 = ApplicationNode.start("node1", database, CLUSTER_SETTINGS);
        node2 = ApplicationNode.start("node2", database, CLUSTER_SETTINGS);
        jdbc = node2.bean(JdbcTemplate.class);
        deployOnNode1(TestProcesses.twoUserTasks(), TestProcesses.asyncTaskAndTimer(), TestProcesses.oneUserTask(),
                TestProcesses.heldAsyncTask(), TestProcesses.parallelTasks());
    }

    @AfterAll
    static void stopNodes() {
        JobExecutions.releaseHeld();
        for (ApplicationNode node : new ApplicationNode[] {node1, node2}) {
            if (node != null) {
                node.close();
            }
        }
    }

    @Test
    @Order(1)
    void aTaskCompletedOnNode1ContinuesOnNode2() throws Exception {
        String instance = node1.engine().getRuntimeService().startProcessInstanceByKey(TestProcesses.TWO_USER_TASKS).getId();
        String first = node1.engine().getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();

        assertThat(node1.postToEngineRest("/task/" + first + "/complete", "{}", ADMIN, PASSWORD).statusCode()).isEqualTo(204);

        JsonNode onNode2 = JSON.readTree(node2.getFromEngineRest("/task?processInstanceId=" + instance, ADMIN, PASSWORD).body());
        assertThat(onNode2).hasSize(1);
        assertThat(onNode2.get(0).get("taskDefinitionKey").asText()).isEqualTo("Task_Second");
        String second = onNode2.get(0).get("id").asText();
        assertThat(node2.postToEngineRest("/task/" + second + "/complete", "{}", ADMIN, PASSWORD).statusCode()).isEqualTo(204);

        assertThat(node1.engine().getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance)
                .finished().count()).isEqualTo(1);
    }

    @Test
    @Order(2)
    void everyAsyncContinuationAndTimerRunsExactlyOnceAcrossBothNodes() {
        List<String> instances = IntStream.range(0, 50)
                .mapToObj(i -> (i % 2 == 0 ? node1 : node2).engine().getRuntimeService()
                        .startProcessInstanceByKey(TestProcesses.ASYNC_AND_TIMER).getId())
                .toList();

        awaitFinished(instances, Duration.ofSeconds(30));

        List<String> nodesThatWorked = new ArrayList<>();
        for (String instance : instances) {
            List<String> asyncRuns = JobExecutions.nodesThatRan(instance, "Task_Async");
            List<String> timerRuns = JobExecutions.nodesThatRan(instance, "Task_AfterTimer");
            assertThat(asyncRuns).as("async continuation of %s", instance).hasSize(1);
            assertThat(timerRuns).as("timer of %s", instance).hasSize(1);
            nodesThatWorked.addAll(asyncRuns);
            nodesThatWorked.addAll(timerRuns);
        }
        LOG.info("100 jobs: node1 ran {}, node2 ran {}", nodesThatWorked.stream().filter("node1"::equals).count(),
                nodesThatWorked.stream().filter("node2"::equals).count());
        assertThat(new HashSet<>(nodesThatWorked)).containsExactlyInAnyOrder("node1", "node2");
        assertThat(node2.engine().getRuntimeService().createIncidentQuery().count()).isZero();
    }

    @Test
    @Order(3)
    void completingManyTasksConcurrentlyThroughBothRestApisLosesNothing() throws Exception {
        int count = 60;
        for (int i = 0; i < count; i++) {
            node1.engine().getRuntimeService().startProcessInstanceByKey(TestProcesses.ONE_USER_TASK, "approve-" + i);
        }
        List<Task> tasks = node2.engine().getTaskService().createTaskQuery()
                .processDefinitionKey(TestProcesses.ONE_USER_TASK).list();
        assertThat(tasks).hasSize(count);

        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            ApplicationNode node = i % 2 == 0 ? node1 : node2;
            String taskId = tasks.get(i).getId();
            statuses.add(clients.submit(() -> node.postToEngineRest("/task/" + taskId + "/complete",
                    "{\"variables\":{\"approved\":{\"value\":true,\"type\":\"Boolean\"}}}", ADMIN, PASSWORD).statusCode()));
        }
        clients.shutdown();
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> status : statuses) {
            codes.add(status.get());
        }

        assertThat(codes).hasSize(count).containsOnly(204);
        HistoryService history = node1.engine().getHistoryService();
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(TestProcesses.ONE_USER_TASK)
                .finished().count()).isEqualTo(count);
        assertThat(history.createHistoricTaskInstanceQuery().processDefinitionKey(TestProcesses.ONE_USER_TASK)
                .finished().count()).isEqualTo(count);
        assertThat(history.createHistoricVariableInstanceQuery().variableName("approved").count()).isEqualTo(count);
    }

    @Test
    @Order(4)
    void parallelTasksOfOneInstanceCompletedAtOnceThroughBothNodesWaitForEachOther() throws Exception {
        List<String> instances = IntStream.range(0, 3).mapToObj(i -> node1.engine().getRuntimeService()
                .startProcessInstanceByKey(TestProcesses.PARALLEL_TASKS).getId()).toList();
        List<Task> tasks = node2.engine().getTaskService().createTaskQuery()
                .processDefinitionKey(TestProcesses.PARALLEL_TASKS).list();
        assertThat(tasks).hasSize(3 * TestProcesses.PARALLEL_TASK_COUNT);

        ExecutorService clients = Executors.newFixedThreadPool(12);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            ApplicationNode node = i % 2 == 0 ? node1 : node2;
            String taskId = tasks.get(i).getId();
            statuses.add(clients.submit(() -> {
                go.await();
                return node.postToEngineRest("/task/" + taskId + "/complete", "{}", ADMIN, PASSWORD).statusCode();
            }));
        }
        go.countDown();
        clients.shutdown();
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> status : statuses) {
            codes.add(status.get());
        }

        assertThat(codes).hasSize(tasks.size()).containsOnly(204);
        awaitFinished(instances, Duration.ofSeconds(10));
        assertThat(node1.engine().getHistoryService().createHistoricActivityInstanceQuery()
                .processDefinitionId(tasks.get(0).getProcessDefinitionId()).activityId("Task_Unit").finished().count())
                .isEqualTo(tasks.size());
    }

    @Test
    @Order(5)
    void jobsLockedByAStoppedNodeAreFinishedByTheOtherAfterTheLockExpires() throws Exception {
        JobExecutions.holdOn("node1");
        List<String> instances = IntStream.range(0, 6)
                .mapToObj(i -> node1.engine().getRuntimeService().startProcessInstanceByKey(TestProcesses.HELD).getId())
                .toList();
        assertThat(JobExecutions.awaitHeld(15)).as("node 1 started a job").isTrue();
        List<String> heldByNode1 = jdbc.queryForList("SELECT process_instance_id_ FROM act_ru_job"
                + " WHERE lock_owner_ = 'node1' AND process_def_key_ = ?", String.class, TestProcesses.HELD);
        Timestamp lockExpires = jdbc.queryForObject("SELECT min(lock_exp_time_) FROM act_ru_job WHERE lock_owner_ = 'node1'",
                Timestamp.class);
        assertThat(heldByNode1).isNotEmpty();
        LOG.info("stopping node1 with {} of {} jobs locked by it until {}", heldByNode1.size(), instances.size(), lockExpires);

        node1.close();
        awaitFinished(instances, Duration.ofSeconds(30));

        for (String instance : instances) {
            assertThat(JobExecutions.nodesThatRan(instance, "Task_Held")).as("job of %s", instance).containsExactly("node2");
        }
        for (HistoricProcessInstance finished : node2.engine().getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceIds(new HashSet<>(heldByNode1)).list()) {
            assertThat(finished.getEndTime()).isAfterOrEqualTo(lockExpires);
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM act_ru_job WHERE lock_owner_ = 'node1'", Integer.class)).isZero();
    }

    private static void deployOnNode1(BpmnModelInstance... models) {
        var deployment = node1.engine().getRepositoryService().createDeployment().name("two-node-test");
        for (BpmnModelInstance model : models) {
            String key = model.getDefinitions().getChildElementsByType(Process.class)
                    .iterator().next().getId();
            deployment.addModelInstance(key + ".bpmn", model);
        }
        deployment.deploy();
    }

    private static void awaitFinished(List<String> instances, Duration timeout) {
        HistoryService history = node2.engine().getHistoryService();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (history.createHistoricProcessInstanceQuery().processInstanceIds(new HashSet<>(instances))
                .finished().count() < instances.size()) {
            assertThat(System.nanoTime()).as("all %d instances finished within %s", instances.size(), timeout)
                    .isLessThan(deadline);
            sleep(200);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
