package vn.vusta.thidua.support;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/** The variables the cycle hands a phase's process when it calls it, for process tests of one phase alone. */
public final class PhaseStart {

    public static final List<String> MEMBERS = List.of("HN", "HP", "QN");
    public static final Date REMINDER = Date.from(Instant.parse("2031-03-24T10:00:00Z"));
    public static final Date DUE = Date.from(Instant.parse("2031-03-31T10:00:00Z"));
    /** The due date of the phase after (a head's review may run until then). */
    public static final Date NEXT_DUE = Date.from(Instant.parse("2031-04-30T10:00:00Z"));

    private PhaseStart() {
    }

    /**
     * Cluster 8 of 2031, three members headed by HN (group {@code province-HN}), the phase's due and reminder dates
     * ({@code <phase>Due}, {@code <phase>Reminder}) and the next phase's due date ({@code <nextPhase>Due}).
     */
    public static VariableMap variables(String phase, String nextPhase) {
        return Variables.createVariables()
                .putValue("cluster", 8)
                .putValue("year", 2031)
                .putValue("clusterLabel", "Cụm 8")
                .putValue("members", new ArrayList<>(MEMBERS))
                .putValue("head", "HN")
                .putValue("deputy", "HP")
                .putValue("headGroup", "province-HN")
                .putValue(nextPhase + "Due", NEXT_DUE)
                .putValue(phase + "Due", DUE)
                .putValue(phase + "Reminder", REMINDER);
    }
}
