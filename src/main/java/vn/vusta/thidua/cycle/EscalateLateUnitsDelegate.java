package vn.vusta.thidua.cycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.reference.Province;
import vn.vusta.thidua.reference.ReferenceData;

/**
 * The deadline timer on a phase's unit tasks: every unit whose task is still open is marked late and the cluster
 * head is told, one notification per unit, and gets a task to close the phase for the unit or extend its deadline
 * ({@link LateUnitTasks}).
 */
@Component("escalateLateUnits")
class EscalateLateUnitsDelegate implements JavaDelegate {

    private final UnitProgress progress;
    private final Notifications notifications;
    private final PhaseResolver phases;
    private final ReferenceData reference;
    private final LateUnitTasks lateUnitTasks;

    EscalateLateUnitsDelegate(UnitProgress progress, Notifications notifications, PhaseResolver phases,
            ReferenceData reference, LateUnitTasks lateUnitTasks) {
        this.lateUnitTasks = lateUnitTasks;
        this.progress = progress;
        this.notifications = notifications;
        this.phases = phases;
        this.reference = reference;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CycleContext cycle = CycleContext.of(execution);
        Phase phase = phases.of(execution.getProcessDefinitionId());
        for (String unit : progress.notSubmitted(cycle.businessKey(), phase)) {
            progress.escalated(cycle.businessKey(), phase, unit);
            notifications.send(cycle.businessKey(), cycle.headGroup(), "ESCALATION",
                    "Quá hạn: LHH " + reference.province(unit).map(Province::name).orElse(unit) + " chưa nộp "
                            + phase.label() + " năm " + cycle.year() + " — " + cycle.clusterLabel()
                            + ". Đề nghị cụm trưởng đôn đốc.");
            notifications.tell(new CycleNotice.UnitLate(cycle, phase, unit, execution.getProcessInstanceId()));
            lateUnitTasks.open(cycle, phase, unit);
        }
    }
}
