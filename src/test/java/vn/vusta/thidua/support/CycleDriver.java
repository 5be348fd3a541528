package vn.vusta.thidua.support;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.engine.EngineClock;

/**
 * Drives a cycle in tests as its users and the job executor would: runs the due jobs of one cycle (the
 * executor is off in tests), finds and completes tasks as a given user (with the engine's authorization
 * checks), and moves the engine clock.
 */
@Component
public class CycleDriver {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final FormService formService;
    private final ManagementService managementService;
    private final IdentityService identityService;

    CycleDriver(RuntimeService runtimeService, TaskService taskService, FormService formService,
            ManagementService managementService, IdentityService identityService) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.formService = formService;
        this.managementService = managementService;
        this.identityService = identityService;
    }

    public static void setClock(int year, int month, int day) {
        ClockUtil.setCurrentTime(java.util.Date.from(LocalDateTime.of(year, month, day, 9, 0)
                .atZone(EngineClock.VIETNAM).toInstant()));
    }

    public static void resetClock() {
        ClockUtil.reset();
    }

    /** Every process instance of the cycle (the cycle and its phases share the business key). */
    public List<String> instances(String businessKey) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list().stream()
                .map(ProcessInstance::getId).toList();
    }

    /** Runs the cycle's due jobs, and the jobs they create, until none is left; returns how many ran. */
    public int runJobs(String businessKey) {
        int ran = 0;
        for (int round = 0; round < 100; round++) {
            List<String> due = dueJobs(businessKey);
            if (due.isEmpty()) {
                return ran;
            }
            for (String job : due) {
                if (executeIfPresent(job)) {
                    ran++;
                }
            }
        }
        throw new IllegalStateException("jobs keep coming for " + businessKey);
    }

    /** The ids of the cycle's jobs that are due now, found with one job query for all of its instances. */
    public List<String> dueJobs(String businessKey) {
        Set<String> instances = new HashSet<>(instances(businessKey));
        return instances.isEmpty() ? List.of()
                : managementService.createJobQuery().processInstanceIds(instances).executable().list().stream()
                        .map(Job::getId).toList();
    }

    /**
     * Runs the job unless an earlier job of the same batch has removed it, as the job executor would find it: the
     * last unit's continuation ends the multi-instance body and with it the phase's reminder and deadline timers.
     */
    public boolean executeIfPresent(String jobId) {
        try {
            managementService.executeJob(jobId);
            return true;
        } catch (ProcessEngineException failure) {
            // asked only after a failure, so that the bench does not count a query per job
            if (managementService.createJobQuery().jobId(jobId).count() == 0) {
                return false;
            }
            throw failure;
        }
    }

    public List<Task> tasks(String businessKey, String taskDefinitionKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskDefinitionKey)
                .list();
    }

    public Task task(String businessKey, String taskDefinitionKey, String candidateGroup) {
        return taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskDefinitionKey)
                .taskCandidateGroup(candidateGroup).singleResult();
    }

    /** Submits a task's form as the user, with the user's groups, as Tasklist does. */
    public void submit(String userId, String taskId, Map<String, Object> values) {
        as(userId, () -> formService.submitTaskForm(taskId, values));
    }

    /** What a task's form receives when it opens, as Tasklist asks for it: JSON and objects as their serialized text. */
    public Map<String, Object> formVariables(String userId, String taskId) {
        Map<String, Object> result = new java.util.HashMap<>();
        as(userId, () -> {
            VariableMap variables = formService.getTaskFormVariables(taskId, null, false);
            for (String name : variables.keySet()) {
                TypedValue value = variables.getValueTyped(name);
                result.put(name, value instanceof SerializableValue serializable && !serializable.isDeserialized()
                        ? serializable.getValueSerialized() : value.getValue());
            }
        });
        return result;
    }

    /** The values of a checklist's options ({@code [{label, value}, …]}) that a task's form receives. */
    public List<String> optionValues(String userId, String taskId, String optionsVariable) {
        Object options = formVariables(userId, taskId).get(optionsVariable);
        try {
            return StreamSupport.stream(JSON.readTree(String.valueOf(options)).spliterator(), false)
                    .map(option -> option.get("value").asText()).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(optionsVariable + " is not a JSON list: " + options, e);
        }
    }

    public void as(String userId, Runnable action) {
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).collect(Collectors.toList());
        identityService.setAuthentication(userId, groups);
        try {
            action.run();
        } finally {
            identityService.clearAuthentication();
        }
    }
}
