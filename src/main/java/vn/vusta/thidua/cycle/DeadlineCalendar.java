package vn.vusta.thidua.cycle;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.engine.EngineClock;

/** The deadlines of one cluster's year: its own calendar where set, else the defaults. */
@Component
public class DeadlineCalendar {

    /** A phase's deadline (end of the day in Vietnam) and when to remind those who have not submitted. */
    public record Deadline(Instant due, Instant reminder) {
    }

    private static final List<Phase> WITH_DEADLINES =
            List.of(Phase.REGISTRATION, Phase.MID_YEAR, Phase.YEAR_END, Phase.VOTE, Phase.COUNCIL);

    private final CalendarDefaults defaults;
    private final JdbcTemplate jdbc;

    DeadlineCalendar(CalendarDefaults defaults, JdbcTemplate jdbc) {
        this.defaults = defaults;
        this.jdbc = jdbc;
    }

    public Map<Phase, Deadline> deadlines(int cluster, int year, Instant openedAt) {
        Map<Phase, LocalDate> own = new EnumMap<>(Phase.class);
        jdbc.query("SELECT phase, due_date FROM cycle_calendar WHERE cluster_no = ? AND year_no = ?",
                rs -> {
                    own.put(Phase.valueOf(rs.getString("phase")), rs.getDate("due_date").toLocalDate());
                }, cluster, year);
        LocalDate opened = openedAt.atZone(EngineClock.VIETNAM).toLocalDate();
        Map<Phase, Deadline> result = new EnumMap<>(Phase.class);
        LocalDate previous = opened;
        for (Phase phase : WITH_DEADLINES) {
            LocalDate day = own.getOrDefault(phase, defaults.of(phase).atYear(year));
            if (!day.isAfter(previous)) {
                // opened (or an earlier deadline moved) past this date: give each phase its grace period
                day = previous.plusDays(defaults.graceDaysWhenLate());
            }
            result.put(phase, deadline(day, opened));
            previous = day;
        }
        return result;
    }

    public void setOwnDeadline(int cluster, int year, Phase phase, LocalDate day) {
        if (jdbc.update("UPDATE cycle_calendar SET due_date = ? WHERE cluster_no = ? AND year_no = ? AND phase = ?",
                Date.valueOf(day), cluster, year, phase.name()) == 0) {
            jdbc.update("INSERT INTO cycle_calendar (cluster_no, year_no, phase, due_date) VALUES (?, ?, ?, ?)",
                    cluster, year, phase.name(), Date.valueOf(day));
        }
    }

    private Deadline deadline(LocalDate day, LocalDate opened) {
        ZonedDateTime due = ZonedDateTime.of(day, LocalTime.of(23, 59, 59), EngineClock.VIETNAM);
        LocalDate reminderDay = day.minusDays(defaults.reminderDaysBefore());
        if (reminderDay.isBefore(opened)) {
            reminderDay = opened.plusDays(Math.max(1, (day.toEpochDay() - opened.toEpochDay()) / 2));
        }
        ZonedDateTime reminder = ZonedDateTime.of(reminderDay, LocalTime.of(8, 0), EngineClock.VIETNAM);
        return new Deadline(due.toInstant(), reminder.toInstant());
    }
}
