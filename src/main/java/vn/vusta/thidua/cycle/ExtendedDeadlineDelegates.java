package vn.vusta.thidua.cycle;

import java.util.Date;
import java.util.Objects;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.vusta.thidua.reference.UnitNames;
import vn.vusta.thidua.system.GroupIds;

/**
 * The service tasks of process {@code unit-deadline}, one instance per extension ({@link UnitDeadlines#extend}): the
 * reminder before the unit's own deadline and the late notice after it, as the phase's timers do for the others.
 * Each acts only while the unit's task is still open with this very deadline: a unit that has submitted, was closed
 * or was extended again is passed by.
 */
@Configuration
class ExtendedDeadlineDelegates {

    static final String PHASE = "extendedPhase";
    static final String PHASE_INSTANCE = "phaseInstanceId";
    static final String EXTENDED_TO = "extendedTo";
    static final String REMINDER = "extensionReminder";

    @Bean("remindExtendedUnit")
    JavaDelegate remindExtendedUnit(UnitProgress progress, Notifications notifications) {
        return execution -> {
            Unit unit = Unit.of(execution);
            if (unit.stillOpen(progress)) {
                progress.reminded(unit.cycle.businessKey(), unit.phase, unit.code);
                notifications.send(unit.cycle.businessKey(), GroupIds.province(unit.code), "REMINDER", "Nhắc việc: "
                        + unit.phase.label() + " năm " + unit.cycle.year() + " — " + unit.cycle.clusterLabel()
                        + " sắp đến hạn gia hạn; đơn vị chưa nộp.");
                notifications.tell(new CycleNotice.Reminder(unit.cycle, unit.phase, unit.code, unit.phaseInstance));
            }
        };
    }

    @Bean("escalateExtendedUnit")
    JavaDelegate escalateExtendedUnit(UnitProgress progress, Notifications notifications, UnitNames names,
            LateUnitTasks lateUnitTasks) {
        return execution -> {
            Unit unit = Unit.of(execution);
            if (unit.stillOpen(progress)) {
                progress.escalated(unit.cycle.businessKey(), unit.phase, unit.code);
                notifications.send(unit.cycle.businessKey(), unit.cycle.headGroup(), "ESCALATION", "Quá hạn gia hạn: "
                        + "LHH " + names.ofYear(unit.code, unit.cycle.year()) + " chưa nộp " + unit.phase.label() + " năm " + unit.cycle.year() + " — "
                        + unit.cycle.clusterLabel() + ". Cụm trưởng có thể đóng giai đoạn cho đơn vị.");
                notifications.tell(new CycleNotice.UnitLate(unit.cycle, unit.phase, unit.code, unit.phaseInstance));
                lateUnitTasks.open(unit.cycle, unit.phase, unit.code);
            }
        };
    }

    private record Unit(CycleContext cycle, Phase phase, String code, String phaseInstance, Date extendedTo) {

        static Unit of(DelegateExecution execution) {
            return new Unit(CycleContext.of(execution), Phase.valueOf((String) execution.getVariable(PHASE)),
                    (String) execution.getVariable(CycleVariables.UNIT),
                    (String) execution.getVariable(PHASE_INSTANCE), (Date) execution.getVariable(EXTENDED_TO));
        }

        boolean stillOpen(UnitProgress progress) {
            return Objects.equals(progress.extendedTo(cycle.businessKey(), phase, code), extendedTo.toInstant());
        }
    }
}
