package vn.vusta.thidua.cycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.engine.SystemCommands;
import vn.vusta.thidua.system.GroupIds;

/**
 * What a change of membership does to a cycle's engine instances, for the system rather than for whoever caused it
 * (an administrator, the timer, the office's choice): every instance of the cycle locked first, as a submission
 * locks its own ({@code engine.OneCompletionAtATime}), then unit tasks closed or added, variables and the head's
 * tasks moved on.
 */
@Component
class CycleInstances {

    /** The user tasks one per member unit; the others of a cycle are the head's, the council's or the office's. */
    static final Set<String> UNIT_TASKS = Set.of("Task_RegisterTargets", "Task_ReportProgress", "Task_ReportResults",
            "Task_CastBallot", "Task_CastRunoffBallot");

    /** The user tasks of the cluster head (candidate group {@code headGroup}). */
    static final Set<String> HEAD_TASKS = Set.of("Task_ReviewRegistrations", "Task_RecordMidYearReview",
            "Task_ReviewResults", "Task_ConfirmMinutes", "Task_CorrectDossier");

    /** An open task of a unit, or of the head ({@code unit} null). */
    record OpenTask(String id, String definitionKey, String processDefinitionId, String unit, List<String> groups) {

        boolean isHeads() {
            return HEAD_TASKS.contains(definitionKey);
        }
    }

    private final SystemCommands commands;
    private final RuntimeService runtimeService;
    private final TaskService taskService;

    CycleInstances(ProcessEngine engine, SystemCommands commands) {
        this.commands = commands;
        this.runtimeService = engine.getRuntimeService();
        this.taskService = engine.getTaskService();
    }

    /** Runs the work in one engine command without authorization checks, once every instance of the cycle is locked. */
    <T> T locked(String businessKey, Supplier<T> work) {
        return commands.lockedByBusinessKey(businessKey, work);
    }

    List<ProcessInstance> instances(String businessKey) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list();
    }

    /** The cycle's open tasks, each with the unit it is for (null for the head's and the office's tasks). */
    List<OpenTask> openTasks(String businessKey) {
        List<OpenTask> open = new ArrayList<>();
        for (Task task : taskService.createTaskQuery().processInstanceBusinessKey(businessKey).list()) {
            List<String> groups = taskService.getIdentityLinksForTask(task.getId()).stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                    .map(IdentityLink::getGroupId).toList();
            open.add(new OpenTask(task.getId(), task.getTaskDefinitionKey(), task.getProcessDefinitionId(),
                    (String) taskService.getVariable(task.getId(), CycleVariables.UNIT), groups));
        }
        return open;
    }

    /**
     * Closes a unit's task without a submission, recording why in the task's history: the task is removed and its
     * execution moves on as if it had been completed, so a multi-instance phase still ends when the other units
     * have submitted — and at once if this was the last open one. No completion listener runs: nothing is stored.
     */
    void close(String taskId, String reason) {
        commands.closeTaskWithoutCompletion(taskId, reason);
    }

    /**
     * Gives the head's open tasks of the cycle to a new candidate group (a new head, or the office while vacant); a
     * late-unit task ({@link LateUnitTasks}) too, but the office keeps the one for the new head's own unit.
     */
    void moveHeadTasks(String businessKey, String toGroup) {
        for (OpenTask task : openTasks(businessKey)) {
            String to = toGroup;
            if (LateUnitTasks.TASK.equals(task.definitionKey())) {
                // the new head's own late unit is the office's, as it would have been from the start
                String lateUnit = (String) taskService.getVariable(task.id(), LateUnitTasks.UNIT);
                to = toGroup.equals(GroupIds.province(lateUnit)) ? GroupIds.COUNCIL_OFFICE : toGroup;
            } else if (!task.isHeads()) {
                continue;
            }
            if (!task.groups().contains(to)) {
                task.groups().forEach(group -> taskService.deleteCandidateGroup(task.id(), group));
                taskService.addCandidateGroup(task.id(), to);
            }
        }
    }

    void setVariables(String processInstanceId, Map<String, Object> variables) {
        runtimeService.setVariables(processInstanceId, variables);
    }

    /** The unit task whose multi-instance is running in the phase instance, if any (new members get one there). */
    Optional<String> activeUnitTask(String processInstanceId) {
        ActivityInstance tree = runtimeService.getActivityInstance(processInstanceId);
        if (tree == null) {
            return Optional.empty();
        }
        for (ActivityInstance child : tree.getChildActivityInstances()) {
            String id = child.getActivityId().replace("#multiInstanceBody", "");
            if (UNIT_TASKS.contains(id) && child.getActivityId().endsWith("#multiInstanceBody")) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    /** Adds an instance of the running unit task for a unit that joined the cluster. */
    void addUnitTask(String processInstanceId, String activityId, String unit) {
        runtimeService.createProcessInstanceModification(processInstanceId).startBeforeActivity(activityId)
                .setVariableLocal(CycleVariables.UNIT, unit).execute();
    }
}
