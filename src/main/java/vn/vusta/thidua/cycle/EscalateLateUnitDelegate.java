package vn.vusta.thidua.cycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Fired by the deadline timer on a unit's task that is still open: late, and the head is told. */
@Component("escalateLateUnit")
class EscalateLateUnitDelegate implements JavaDelegate {

    private final UnitReminders reminders;

    EscalateLateUnitDelegate(UnitReminders reminders) {
        this.reminders = reminders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reminders.escalate(execution);
    }
}
