package vn.vusta.thidua.cycle;

import java.time.MonthDay;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Default deadlines of every cycle (docs/domain.md), overridable per cluster and year in table cycle_calendar.
 * A cycle opened after a deadline gets {@code graceDaysWhenLate} days per phase from its opening instead.
 */
@ConfigurationProperties("thidua.calendar")
public record CalendarDefaults(MonthDay registration, MonthDay midYear, MonthDay yearEnd, MonthDay vote,
        MonthDay dossier, int reminderDaysBefore, int graceDaysWhenLate) {

    MonthDay of(Phase phase) {
        return switch (phase) {
            case REGISTRATION -> registration;
            case MID_YEAR -> midYear;
            case YEAR_END -> yearEnd;
            case VOTE -> vote;
            case COUNCIL -> dossier;
            default -> throw new IllegalArgumentException("no deadline for " + phase);
        };
    }
}
