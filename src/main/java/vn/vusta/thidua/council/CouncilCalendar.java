package vn.vusta.thidua.council;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long each step of the council has, in days from the day the step opens (the dossier reaches the office, the
 * vote opens, the decision goes to the chair), and how many days before its deadline those who have not acted are
 * reminded. The deadline is the end of that day in Vietnam.
 */
@ConfigurationProperties("thidua.council-calendar")
record CouncilCalendar(int checkDays, int voteDays, int signDays, int reminderDaysBefore) {

    CouncilCalendar {
        if (checkDays < 1 || voteDays < 1 || signDays < 1 || reminderDaysBefore < 0) {
            throw new IllegalArgumentException("thidua.council-calendar: each step needs at least one day, "
                    + "and reminders cannot come after the deadline");
        }
    }

    int days(CouncilStep step) {
        return switch (step) {
            case CHECK -> checkDays;
            case VOTE -> voteDays;
            case SIGN -> signDays;
        };
    }
}
