package vn.vusta.thidua.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.UserTaskBuilder;

import vn.vusta.thidua.support.CycleDriver;

/**
 * Plain Camunda on the same engine, JVM and database: start → one user task → end, deployed with the model API;
 * each completion is a start plus a form submission of the registration form's values by the officer (the same
 * authorization checks and variable count as our unit tasks, no listeners, no input mapping, no jobs).
 */
final class PlainBaseline {

    static final String KEY = "bench-plain";
    /** The same process for the REST rush: its candidate group is the instance's business key, so any officer's. */
    static final String RUSH_KEY = "bench-plain-rush";
    /** The same process without candidates, for the reference measure (started and completed by the admin). */
    static final String REFERENCE_KEY = "bench-plain-reference";

    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final CycleDriver driver;

    PlainBaseline(RepositoryService repositoryService, RuntimeService runtimeService, TaskService taskService,
            CycleDriver driver) {
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.driver = driver;
    }

    void deploy(String officer) {
        deploy(KEY, "province-" + officer);
    }

    void deployForRush() {
        deploy(RUSH_KEY, "${execution.processBusinessKey}");
    }

    /** The reference process (no candidates) on the given engine. */
    static void deployForReference(RepositoryService repositoryService) {
        deploy(repositoryService, REFERENCE_KEY, null);
    }

    private void deploy(String key, String candidateGroups) {
        deploy(repositoryService, key, candidateGroups);
    }

    private static void deploy(RepositoryService repositoryService, String key, String candidateGroups) {
        UserTaskBuilder task = Bpmn.createExecutableProcess(key).name("Quy trình đơn giản (đối chứng)")
                .camundaHistoryTimeToLive(3650)
                .startEvent("StartEvent_Plain")
                .userTask("Task_Plain").name("Việc đơn giản");
        BpmnModelInstance model = (candidateGroups == null ? task : task.camundaCandidateGroups(candidateGroups))
                .endEvent("EndEvent_Plain")
                .done();
        repositoryService.createDeployment().name(key).addModelInstance(key + ".bpmn", model).deploy();
    }

    /** Starts {@code each} rush instances for every officer (untimed); their tasks by officer, in start order. */
    Map<String, List<String>> openForRush(List<String> officers, int each) {
        Map<String, List<String>> tasks = new LinkedHashMap<>();
        for (String officer : officers) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < each; i++) {
                String instance = runtimeService.startProcessInstanceByKey(RUSH_KEY, "province-" + officer).getId();
                ids.add(taskService.createTaskQuery().processInstanceId(instance).singleResult().getId());
            }
            tasks.put(officer, ids);
        }
        return tasks;
    }

    /** Starts and completes {@code completions} instances; only the start and the submission are timed. */
    CycleRun.Stats run(int completions, String officer, int offset) {
        CycleRun.Stats stats = new CycleRun.Stats();
        Map<String, Object> values = CycleRun.registration(2);
        long wall = System.nanoTime();
        for (int i = 0; i < completions; i++) {
            long commits = SqlStatementCounter.commits();
            long sql = SqlStatementCounter.statements();
            long cpu = CycleRun.CPU.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            String instance = runtimeService.startProcessInstanceByKey(KEY, "plain-" + (offset + i)).getId();
            stats.jobNanos += System.nanoTime() - t;
            stats.cpuNanos += CycleRun.CPU.getCurrentThreadCpuTime() - cpu;
            stats.jobSql += SqlStatementCounter.statements() - sql;
            stats.commits += SqlStatementCounter.commits() - commits;

            t = System.nanoTime();
            String task = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
            stats.driverNanos += System.nanoTime() - t;

            commits = SqlStatementCounter.commits();
            sql = SqlStatementCounter.statements();
            cpu = CycleRun.CPU.getCurrentThreadCpuTime();
            t = System.nanoTime();
            driver.submit(officer, task, values);
            stats.submitNanos += System.nanoTime() - t;
            stats.cpuNanos += CycleRun.CPU.getCurrentThreadCpuTime() - cpu;
            stats.submitSql += SqlStatementCounter.statements() - sql;
            stats.commits += SqlStatementCounter.commits() - commits;
            stats.completions++;
        }
        stats.units = completions;
        stats.wallNanos = System.nanoTime() - wall;
        return stats;
    }
}
