package vn.vusta.thidua.cycle;

import java.time.LocalDate;
import java.util.List;

import vn.vusta.thidua.rules.Title;

/**
 * Something in a cycle that people must hear about outside Tasklist. Delegates and listeners hand one to
 * {@link Notifications#tell}, which publishes it as a Spring event in the engine's transaction; the {@code mail}
 * feature turns it into e-mails queued in that same transaction.
 */
public sealed interface CycleNotice {

    CycleContext cycle();

    /** A unit's task of the phase is still open some days before the deadline. */
    record Reminder(CycleContext cycle, Phase phase, String unit, String processInstanceId) implements CycleNotice {
    }

    /** The deadline of the phase has passed and the unit's task is still open. */
    record UnitLate(CycleContext cycle, Phase phase, String unit, String processInstanceId) implements CycleNotice {
    }

    /** The council's office returned the dossier; {@code taskId} is the head's correction task. */
    record DossierReturned(CycleContext cycle, String reason, String taskId) implements CycleNotice {
    }

    /** The chair signed the award decision; {@code awards} are the titles it grants. */
    record DecisionSigned(CycleContext cycle, String number, LocalDate date, List<Award> awards) implements CycleNotice {
    }

    record Award(String unit, Title title) {
    }
}
