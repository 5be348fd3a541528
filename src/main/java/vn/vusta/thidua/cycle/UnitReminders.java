package vn.vusta.thidua.cycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.reference.Province;
import vn.vusta.thidua.reference.ReferenceRepository;
import vn.vusta.thidua.system.GroupIds;

/**
 * What the timers on every unit's task do: remind the unit before the deadline; when it passes, mark the unit
 * late and tell the cluster head. Called by the {@code remindUnit} and {@code escalateLateUnit} delegates.
 */
@Component
class UnitReminders {

    private final UnitProgress progress;
    private final Notifications notifications;
    private final PhaseResolver phases;
    private final ReferenceRepository reference;

    UnitReminders(UnitProgress progress, Notifications notifications, PhaseResolver phases, ReferenceRepository reference) {
        this.progress = progress;
        this.notifications = notifications;
        this.phases = phases;
        this.reference = reference;
    }

    void remind(DelegateExecution execution) {
        CycleContext cycle = CycleContext.of(execution);
        String unit = (String) execution.getVariable(CycleVariables.UNIT);
        Phase phase = phases.of(execution.getProcessDefinitionId());
        progress.reminded(cycle.businessKey(), phase, unit);
        notifications.send(cycle.businessKey(), GroupIds.province(unit), "REMINDER",
                "Nhắc việc: " + phase.label() + " năm " + cycle.year() + " — " + cycle.clusterLabel()
                        + " sắp đến hạn; đơn vị chưa nộp.");
    }

    void escalate(DelegateExecution execution) {
        CycleContext cycle = CycleContext.of(execution);
        String unit = (String) execution.getVariable(CycleVariables.UNIT);
        Phase phase = phases.of(execution.getProcessDefinitionId());
        progress.escalated(cycle.businessKey(), phase, unit);
        notifications.send(cycle.businessKey(), cycle.headGroup(), "ESCALATION",
                "Quá hạn: LHH " + reference.province(unit).map(Province::name).orElse(unit) + " chưa nộp " + phase.label() + " năm " + cycle.year() + " — " + cycle.clusterLabel()
                        + ". Đề nghị cụm trưởng đôn đốc.");
    }
}
