package vn.vusta.thidua.council;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;

import org.springframework.stereotype.Component;

import vn.vusta.thidua.engine.EngineClock;

/**
 * The deadlines of the dossier's tasks that open outside the council's own steps, read by the models when the task is
 * created: a correction the office's return re-opens ({@code Task_CorrectDossier}, {@code Task_CorrectResults},
 * {@code Task_CorrectAchievementReport}, {@code Task_ReconfirmMinutes}: {@code ${correctionDeadlines.due()}},
 * {@code thidua.council-calendar.correction-days} from today) and a nominee's achievement report
 * ({@code ${correctionDeadlines.dueBy(dossierDue)}}: the dossier's deadline, or as a correction when that has
 * passed). The reminder ({@code ${correctionDeadlines.reminder(…)}}) comes as the council's: some days before, or
 * halfway when that is already past.
 */
@Component("correctionDeadlines")
public class CorrectionDeadlines {

    private final CouncilCalendar calendar;
    private final Clock clock;

    CorrectionDeadlines(CouncilCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    public Date due() {
        return Date.from(ZonedDateTime.of(today().plusDays(calendar.correctionDays()), LocalTime.of(23, 59, 59),
                EngineClock.VIETNAM).toInstant());
    }

    /** The phase's deadline while at least a day is left of it, else a correction's. */
    public Date dueBy(Date phaseDue) {
        if (phaseDue != null && phaseDue.toInstant().isAfter(clock.instant().plus(Duration.ofDays(1)))) {
            return phaseDue;
        }
        return due();
    }

    public Date reminder(Date due) {
        Instant now = clock.instant();
        LocalDate day = due.toInstant().atZone(EngineClock.VIETNAM).toLocalDate().minusDays(calendar.reminderDaysBefore());
        Instant reminder = ZonedDateTime.of(day, LocalTime.of(8, 0), EngineClock.VIETNAM).toInstant();
        if (!reminder.isAfter(now)) {
            reminder = now.plus(Duration.between(now, due.toInstant()).dividedBy(2));
        }
        return Date.from(reminder);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), EngineClock.VIETNAM);
    }
}
