package vn.vusta.thidua.cycle;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.engine.EngineClock;

/**
 * The deadline of a cluster head's task in a phase ({@code ${headDeadlines.due(execution, 'REGISTRATION')}} in the
 * BPMN): {@code thidua.calendar.head-days} days after the units' deadline of the phase in the cycle's calendar, or
 * after the day the task opens if that deadline has passed (the units' work comes in up to their deadline). The
 * reminder follows the units' rule: {@code reminder-days-before} days before, or halfway when that is already past.
 */
@Component("headDeadlines")
public class HeadDeadlines {

    private final Clock clock;
    private final int headDays;
    private final int reminderDaysBefore;

    HeadDeadlines(Clock clock, @Value("${thidua.calendar.head-days:7}") int headDays, CalendarDefaults defaults) {
        this.clock = clock;
        this.headDays = headDays;
        this.reminderDaysBefore = defaults.reminderDaysBefore();
    }

    public Date due(DelegateExecution execution, String phase) {
        return Date.from(endOfDay(dueDay(execution, Phase.valueOf(phase))));
    }

    /** {@code head-days} days from today, at the end of the day: the deadline of a task the head gets today. */
    public Date fromToday() {
        return Date.from(endOfDay(today().plusDays(headDays)));
    }

    /** When to remind the head of a task it gets today ({@link #fromToday()}). */
    public Date reminderFromToday() {
        return reminderBefore(today().plusDays(headDays));
    }

    public Date reminder(DelegateExecution execution, String phase) {
        return reminderBefore(dueDay(execution, Phase.valueOf(phase)));
    }

    private Date reminderBefore(LocalDate due) {
        LocalDate today = today();
        LocalDate day = due.minusDays(reminderDaysBefore);
        if (!day.isAfter(today)) {
            day = today.plusDays(Math.max(1, (due.toEpochDay() - today.toEpochDay()) / 2));
        }
        return Date.from(ZonedDateTime.of(day, LocalTime.of(8, 0), EngineClock.VIETNAM).toInstant());
    }

    private LocalDate dueDay(DelegateExecution execution, Phase phase) {
        Instant unitsDue = CycleContext.due(execution, phase);
        LocalDate today = today();
        LocalDate from = unitsDue == null ? today : unitsDue.atZone(EngineClock.VIETNAM).toLocalDate();
        return (from.isBefore(today) ? today : from).plusDays(headDays);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), EngineClock.VIETNAM);
    }

    private static Instant endOfDay(LocalDate day) {
        return ZonedDateTime.of(day, LocalTime.of(23, 59, 59), EngineClock.VIETNAM).toInstant();
    }
}
