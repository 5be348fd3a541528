package vn.vusta.thidua.submission;

import java.time.Instant;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import vn.vusta.thidua.cycle.CycleContext;
import vn.vusta.thidua.cycle.Phase;
import vn.vusta.thidua.engine.FormPrefill;

/**
 * Listener of a unit's report task in a phase (its first report and the corrections the head asks for): its form
 * shows what the phase computes when it opens; on complete, the phase reads and validates the form, and the report
 * is stored as the unit's next version, with its lateness and an audit record. A refused submission leaves the task
 * open and stores nothing.
 */
public abstract class UnitSubmissionListener<S extends Submission> implements TaskListener, FormPrefill {

    private final VersionedSubmissions<S, ?> submissions;
    private final Phase phase;
    private final String auditAction;
    private final String auditPath;
    private final SubmissionSupport support;

    /** {@code auditAction} and {@code auditPath} name the audit record: {@code <key>/<auditPath>/<unit>}. */
    protected UnitSubmissionListener(VersionedSubmissions<S, ?> submissions, Phase phase, String auditAction,
            String auditPath, SubmissionSupport support) {
        this.submissions = submissions;
        this.phase = phase;
        this.auditAction = auditAction;
        this.auditPath = auditPath;
        this.support = support;
    }

    /** What the unit's form shows: its registered targets, its last version, the head's reason. */
    protected abstract Map<String, Object> shown(DelegateTask task, String businessKey, String unit);

    /** Reads and validates the form (refusing bad input); the submission once its version and lateness are known. */
    protected abstract Function<SubmissionHeader, S> read(DelegateTask task, String businessKey, String unit);

    /** Records that the unit submitted; whether it is late. */
    protected boolean late(DelegateTask task, String businessKey, String unit) {
        return submitted(businessKey, unit, CycleContext.due(task, phase));
    }

    /** Records that the unit submitted; whether it is late against {@code due} (null: not late by date). */
    protected final boolean submitted(String businessKey, String unit, Instant due) {
        return support.progress.submitted(businessKey, phase, unit, due);
    }

    @Override
    public final Map<String, Object> values(DelegateTask task) {
        return shown(task, task.getExecution().getProcessBusinessKey(), CycleContext.unitOf(task));
    }

    @Override
    public final void notify(DelegateTask task) {
        if (!EVENTNAME_COMPLETE.equals(task.getEventName())) {
            return;
        }
        String businessKey = task.getExecution().getProcessBusinessKey();
        String unit = CycleContext.unitOf(task);
        Function<SubmissionHeader, S> submission = read(task, businessKey, unit);
        int version = submissions.nextVersion(businessKey, unit);
        boolean late = late(task, businessKey, unit);
        String who = support.actor.of(task);
        submissions.store(submission.apply(new SubmissionHeader(businessKey, unit, version, who,
                support.clock.instant(), late, task.getId())));
        support.audit.record(who, auditAction, businessKey + "/" + auditPath + "/" + unit,
                "phiên bản " + version + (late ? ", nộp muộn" : ""));
    }
}
