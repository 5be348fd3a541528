package vn.vusta.thidua.cycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.system.GroupIds;

/**
 * The reminder timer on a phase's unit tasks, some days before the deadline: every unit whose task is still open
 * is reminded. One timer per phase rather than one per unit task: the deadline is the cluster's, and a unit task
 * without boundary events needs no scope of its own (docs/performance.md).
 */
@Component("remindOpenUnits")
class RemindOpenUnitsDelegate implements JavaDelegate {

    private final UnitProgress progress;
    private final Notifications notifications;
    private final PhaseResolver phases;

    RemindOpenUnitsDelegate(UnitProgress progress, Notifications notifications, PhaseResolver phases) {
        this.progress = progress;
        this.notifications = notifications;
        this.phases = phases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CycleContext cycle = CycleContext.of(execution);
        Phase phase = phases.of(execution.getProcessDefinitionId());
        String message = "Nhắc việc: " + phase.label() + " năm " + cycle.year() + " — " + cycle.clusterLabel()
                + " sắp đến hạn; đơn vị chưa nộp.";
        for (String unit : progress.notSubmitted(cycle.businessKey(), phase)) {
            progress.reminded(cycle.businessKey(), phase, unit);
            notifications.send(cycle.businessKey(), GroupIds.province(unit), "REMINDER", message);
            notifications.tell(new CycleNotice.Reminder(cycle, phase, unit, execution.getProcessInstanceId()));
        }
    }
}
