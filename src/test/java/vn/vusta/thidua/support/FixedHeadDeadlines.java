package vn.vusta.thidua.support;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Stands in for {@code cycle.HeadDeadlines} in engine-only process tests: every head task is due at
 * {@link #DUE}, with its reminder at {@link #REMINDER}, whatever the phase.
 */
public final class FixedHeadDeadlines {

    public static final Date REMINDER = PhaseStart.NEXT_DUE;
    public static final Date DUE = new Date(PhaseStart.NEXT_DUE.getTime() + 7L * 24 * 3600 * 1000);

    public Date due(DelegateExecution execution, String phase) {
        return DUE;
    }

    public Date reminder(DelegateExecution execution, String phase) {
        return REMINDER;
    }
}
