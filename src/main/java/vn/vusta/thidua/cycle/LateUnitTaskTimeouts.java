package vn.vusta.thidua.cycle;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.vusta.thidua.system.GroupIds;

/**
 * The timeout listeners of {@link LateUnitTasks}' task: a reminder to whom it was given (the head, or VUSTA's office
 * for the head's own lateness) before its due date, and after it a late notice to them with an escalation to VUSTA's
 * office — while nobody decides, the unit's phase waits. The task stays with whom it was given to.
 */
@Configuration
class LateUnitTaskTimeouts {

    @Bean("remindLateUnitHandler")
    TaskListener remindLateUnitHandler(Notifications notifications) {
        return task -> {
            CycleContext cycle = CycleContext.of(task);
            notifications.send(cycle.businessKey(), handler(task), "REMINDER", "Nhắc việc: " + task.getName()
                    + " — " + cycle.clusterLabel() + " sắp đến hạn.");
            notifications.tell(new CycleNotice.TaskReminder(cycle, task.getId()));
        };
    }

    @Bean("lateUnitHandlerLate")
    TaskListener lateUnitHandlerLate(Notifications notifications) {
        return task -> {
            CycleContext cycle = CycleContext.of(task);
            String message = "Quá hạn: " + task.getName() + " — " + cycle.clusterLabel()
                    + " chưa được xử lý; giai đoạn của đơn vị đang chờ.";
            String handler = handler(task);
            notifications.send(cycle.businessKey(), handler, "ESCALATION", message);
            if (!GroupIds.COUNCIL_OFFICE.equals(handler)) {
                notifications.send(cycle.businessKey(), GroupIds.COUNCIL_OFFICE, "ESCALATION", message);
            }
            notifications.tell(new CycleNotice.TaskOverdue(cycle, task.getId(), GroupIds.COUNCIL_OFFICE));
        };
    }

    private static String handler(org.camunda.bpm.engine.delegate.DelegateTask task) {
        return (String) task.getVariable(LateUnitTasks.HANDLER);
    }
}
