package vn.vusta.thidua.council;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.cycle.CycleContext;
import vn.vusta.thidua.cycle.CycleNotice;
import vn.vusta.thidua.cycle.Notifications;
import vn.vusta.thidua.system.GroupIds;

/**
 * The reminder timer of a council step, some days before its deadline: each of the step's tasks still open (the
 * office's check, the votes not yet cast, the chair's signature) is reminded to whom it is given, by mail; the
 * office's notifications list it. Which step is known from the reminding service task ({@link CouncilStep}).
 */
@Component("remindCouncil")
class RemindCouncilDelegate implements JavaDelegate {

    private final TaskService taskService;
    private final Notifications notifications;

    RemindCouncilDelegate(TaskService taskService, Notifications notifications) {
        this.taskService = taskService;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CouncilStep step = CouncilStep.remindedBy(execution.getCurrentActivityId());
        CycleContext cycle = CycleContext.of(execution);
        List<Task> open = taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(step.taskKey()).active().list();
        for (Task task : open) {
            notifications.tell(new CycleNotice.TaskReminder(cycle, task.getId()));
        }
        if (!open.isEmpty()) {
            notifications.send(cycle.businessKey(), GroupIds.COUNCIL_OFFICE, "REMINDER", "Nhắc việc: "
                    + open.get(0).getName() + (open.size() > 1 ? " — " + open.size() + " thành viên chưa biểu quyết" : "")
                    + ".");
        }
    }
}
