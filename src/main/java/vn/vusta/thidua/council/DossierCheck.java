package vn.vusta.thidua.council;

import java.time.Instant;

/**
 * One step on a cluster's dossier: the standing office's check (accepted or returned, with the reason) or the
 * head's correction (what was corrected). {@code round} counts the checks: a correction belongs to the round of
 * the check that returned the dossier. {@code subject} and {@code unit}: what a return names as wrong
 * ({@link DossierSubject}), or what a correction re-opened.
 */
record DossierCheck(String businessKey, int round, Step step, Outcome outcome, String note, String actor,
        Instant occurredAt, String taskId, String subject, String unit) {

    DossierCheck(String businessKey, int round, Step step, Outcome outcome, String note, String actor,
            Instant occurredAt, String taskId) {
        this(businessKey, round, step, outcome, note, actor, occurredAt, taskId, null, null);
    }

    enum Step { CHECK, CORRECTION }

    enum Outcome { ACCEPTED, RETURNED, CORRECTED }
}
