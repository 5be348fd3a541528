package vn.vusta.thidua.council;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.engine.EngineClock;

/**
 * Sets a council step's deadline and reminder as it opens (start listener of the element before the step's task,
 * {@link CouncilStep}), from {@link CouncilCalendar}: the task shows the deadline in Tasklist ({@code dueDate}) and
 * its timers read both. Set before the task is entered, because a boundary timer's date is read when its activity
 * starts. Each round of a returned dossier gets a fresh deadline for the office's new check.
 */
@Component("councilDeadlines")
class CouncilDeadlines implements ExecutionListener {

    private final CouncilCalendar calendar;
    private final Clock clock;

    CouncilDeadlines(CouncilCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
        CouncilStep step = CouncilStep.openedBy(execution.getCurrentActivityId());
        LocalDate today = LocalDate.now(clock.withZone(EngineClock.VIETNAM));
        LocalDate dueDay = today.plusDays(calendar.days(step));
        LocalDate reminderDay = dueDay.minusDays(calendar.reminderDaysBefore());
        if (!reminderDay.isAfter(today)) {
            reminderDay = today.plusDays(Math.max(1, calendar.days(step) / 2));
        }
        execution.getProcessInstance().setVariable(step.dueVariable(), at(dueDay, LocalTime.of(23, 59, 59)));
        execution.getProcessInstance().setVariable(step.reminderVariable(), at(reminderDay, LocalTime.of(8, 0)));
    }

    private static Date at(LocalDate day, LocalTime time) {
        return Date.from(ZonedDateTime.of(day, time, EngineClock.VIETNAM).toInstant());
    }
}
