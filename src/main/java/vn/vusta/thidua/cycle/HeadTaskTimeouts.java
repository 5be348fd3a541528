package vn.vusta.thidua.cycle;

import java.time.Instant;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.vusta.thidua.system.GroupIds;

/**
 * The timeout listeners of the cluster head's tasks ({@code event="timeout"} with a timer in the BPMN): a reminder
 * before the task's due date, and after it a late notice to the head and an escalation to the cluster's supervisor
 * and VUSTA's office. One timer per head task: there is one such task per phase, unlike the units' tasks.
 */
@Configuration
class HeadTaskTimeouts {

    @Bean("remindHead")
    TaskListener remindHead(Notifications notifications) {
        return task -> {
            CycleContext cycle = CycleContext.of(task);
            notifications.send(cycle.businessKey(), cycle.headGroup(), "REMINDER", "Nhắc việc: " + task.getName()
                    + " — " + cycle.clusterLabel() + " sắp đến hạn.");
            notifications.tell(new CycleNotice.HeadTaskDue(cycle, task.getId(), task.getName(), due(task), false));
        };
    }

    @Bean("headTaskLate")
    TaskListener headTaskLate(Notifications notifications) {
        return task -> {
            CycleContext cycle = CycleContext.of(task);
            String message = "Quá hạn: " + task.getName() + " — " + cycle.clusterLabel() + " chưa được hoàn thành.";
            notifications.send(cycle.businessKey(), cycle.headGroup(), "ESCALATION", message);
            notifications.send(cycle.businessKey(), GroupIds.COUNCIL_OFFICE, "ESCALATION", message);
            notifications.tell(new CycleNotice.HeadTaskDue(cycle, task.getId(), task.getName(), due(task), true));
        };
    }

    private static Instant due(DelegateTask task) {
        return task.getDueDate() == null ? null : task.getDueDate().toInstant();
    }
}
