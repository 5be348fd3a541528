package vn.vusta.thidua.cycle;

import java.time.Instant;
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

    /**
     * A cluster head's task is near its due date ({@code late} false) or past it ({@code late} true: the head, the
     * cluster's supervisor and VUSTA's office are told).
     */
    record HeadTaskDue(CycleContext cycle, String taskId, String taskName, Instant due, boolean late)
            implements CycleNotice {
    }

    /** After its deadline, the head (or VUSTA's office, {@code actor}) closed the phase for the unit without it. */
    record UnitClosed(CycleContext cycle, Phase phase, String unit, String reason, String actor) implements CycleNotice {
    }

    /** The head gave the unit its own deadline in the phase; {@code taskId} is the unit's task. */
    record DeadlineExtended(CycleContext cycle, Phase phase, String unit, Instant until, String reason, String taskId)
            implements CycleNotice {
    }

    /** The council's office returned the dossier; {@code taskId} is the head's correction task. */
    record DossierReturned(CycleContext cycle, String reason, String taskId) implements CycleNotice {
    }

    /** The chair signed the award decision; {@code awards} are the titles it grants. */
    record DecisionSigned(CycleContext cycle, String number, LocalDate date, List<Award> awards) implements CycleNotice {
    }

    record Award(String unit, Title title) {
    }

    /** A task given to a person or a group is still open some days before its deadline. */
    record TaskReminder(CycleContext cycle, String taskId) implements CycleNotice {
    }

    /**
     * A task's deadline has passed and it is still open: {@code escalatedTo} (a group) is told; the task stays with
     * whom it was given to.
     */
    record TaskOverdue(CycleContext cycle, String taskId, String escalatedTo) implements CycleNotice {
    }
}
