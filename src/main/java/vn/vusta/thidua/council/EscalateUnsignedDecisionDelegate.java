package vn.vusta.thidua.council;

import java.time.format.DateTimeFormatter;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.cycle.CycleContext;
import vn.vusta.thidua.cycle.CycleNotice;
import vn.vusta.thidua.cycle.Notifications;
import vn.vusta.thidua.engine.EngineClock;
import vn.vusta.thidua.system.AuditTrail;
import vn.vusta.thidua.system.GroupIds;

/**
 * The deadline of the chair's signature has passed: VUSTA's office (Thường trực Hội đồng) is told, in its
 * notifications and by mail, so that it can follow it up. The task stays with the chair: only the chair signs.
 */
@Component("escalateUnsignedDecision")
class EscalateUnsignedDecisionDelegate implements JavaDelegate {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(EngineClock.VIETNAM);

    private final TaskService taskService;
    private final Notifications notifications;
    private final AuditTrail audit;

    EscalateUnsignedDecisionDelegate(TaskService taskService, Notifications notifications, AuditTrail audit) {
        this.taskService = taskService;
        this.notifications = notifications;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CycleContext cycle = CycleContext.of(execution);
        Task sign = taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(CouncilStep.SIGN.taskKey()).active().singleResult();
        if (sign == null) {
            return;
        }
        String due = sign.getDueDate() == null ? "" : " (hạn " + DAY.format(sign.getDueDate().toInstant()) + ")";
        notifications.send(cycle.businessKey(), GroupIds.COUNCIL_OFFICE, "ESCALATION", "Quá hạn" + due
                + ": Chủ tịch Hội đồng chưa ký quyết định khen thưởng năm " + cycle.year() + " — " + cycle.clusterLabel()
                + ". Đề nghị Thường trực Hội đồng đôn đốc.");
        notifications.tell(new CycleNotice.TaskOverdue(cycle, sign.getId(), GroupIds.COUNCIL_OFFICE));
        audit.record("system", "ESCALATE_UNSIGNED_DECISION", cycle.businessKey() + "/council/decision",
                "quá hạn ký" + due + "; báo Thường trực Hội đồng");
    }
}
