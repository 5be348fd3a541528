package vn.vusta.thidua.council;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long each step of the council has, in days from the day the step opens (the dossier reaches the office, the
 * vote opens, the decision goes to the chair), and how many days before its deadline those who have not acted are
 * reminded. The deadline is the end of that day in Vietnam. A correction the office's return re-opens (the head's, or a
 * unit's through the head) has {@code correctionDays} from the day it opens ({@link CorrectionDeadlines}).
 */
@ConfigurationProperties("thidua.council-calendar")
record CouncilCalendar(int checkDays, int voteDays, int signDays, int reminderDaysBefore,
        @DefaultValue("7") int correctionDays) {

    CouncilCalendar {
        if (checkDays < 1 || voteDays < 1 || signDays < 1 || correctionDays < 1 || reminderDaysBefore < 0) {
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
