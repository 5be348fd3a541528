package vn.vusta.thidua.cycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Fired by the reminder timer on a unit's task, some days before its deadline. */
@Component("remindUnit")
class RemindUnitDelegate implements JavaDelegate {

    private final UnitReminders reminders;

    RemindUnitDelegate(UnitReminders reminders) {
        this.reminders = reminders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reminders.remind(execution);
    }
}
