package vn.vusta.thidua.council;

import java.time.format.DateTimeFormatter;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.vusta.thidua.cycle.CycleContext;
import vn.vusta.thidua.cycle.CycleNotice;
import vn.vusta.thidua.cycle.Notifications;
import vn.vusta.thidua.engine.EngineClock;
import vn.vusta.thidua.system.GroupIds;

/**
 * The timeout listeners of the dossier's tasks with a {@link CorrectionDeadlines} deadline ({@code event="timeout"}
 * with a timer in the BPMN): a reminder to whom the task is given before it, and after it a late notice to them with
 * an escalation — a unit's task to the cluster head, who answers for the dossier; the head's to VUSTA's office.
 * The task stays with whom it was given to.
 */
@Configuration
class CorrectionTaskTimeouts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(EngineClock.VIETNAM);

    @Bean("remindCorrection")
    TaskListener remindCorrection(Notifications notifications) {
        return task -> {
            CycleContext cycle = CycleContext.of(task);
            String group = givenTo(task);
            notifications.send(cycle.businessKey(), group, "REMINDER", "Nhắc việc: " + task.getName() + " — "
                    + cycle.clusterLabel() + due(task) + ".");
            notifications.tell(new CycleNotice.TaskReminder(cycle, task.getId()));
        };
    }

    @Bean("correctionLate")
    TaskListener correctionLate(Notifications notifications) {
        return task -> {
            CycleContext cycle = CycleContext.of(task);
            String group = givenTo(task);
            String supervisor = group.equals(cycle.headGroup()) || cycle.headGroup() == null ? GroupIds.COUNCIL_OFFICE
                    : cycle.headGroup();
            String message = "Quá hạn" + due(task) + ": " + task.getName() + " — " + cycle.clusterLabel()
                    + " chưa được hoàn thành; hồ sơ đề nghị khen thưởng đang chờ.";
            notifications.send(cycle.businessKey(), group, "ESCALATION", message);
            notifications.send(cycle.businessKey(), supervisor, "ESCALATION", message);
            notifications.tell(new CycleNotice.TaskOverdue(cycle, task.getId(), supervisor));
        };
    }

    private static String givenTo(DelegateTask task) {
        return task.getCandidates().stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).filter(g -> g != null).findFirst().orElse(GroupIds.COUNCIL_OFFICE);
    }

    private static String due(DelegateTask task) {
        return task.getDueDate() == null ? "" : " (hạn " + DAY.format(task.getDueDate().toInstant()) + ")";
    }
}
