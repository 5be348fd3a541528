package vn.vusta.thidua.midyear;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.cycle.Phase;
import vn.vusta.thidua.submission.RegisteredTargets;
import vn.vusta.thidua.submission.SubmissionHeader;
import vn.vusta.thidua.submission.SubmissionSupport;
import vn.vusta.thidua.submission.UnitSubmissionListener;

/**
 * Listener of a unit's progress report ({@code Task_ReportProgress}): its form shows the unit's registered targets
 * (and its last report, if any); on complete, the submission is stored as a new version.
 */
@Component("progressTask")
class ProgressTaskListener extends UnitSubmissionListener<ProgressReport> {

    private final ProgressReports reports;
    private final RegisteredTargets registrations;

    ProgressTaskListener(ProgressReports reports, RegisteredTargets registrations, SubmissionSupport support) {
        super(reports, Phase.MID_YEAR, "SUBMIT_PROGRESS", "mid-year", support);
        this.reports = reports;
        this.registrations = registrations;
    }

    /** The unit's registered targets and its last report, if any. */
    @Override
    protected Map<String, Object> shown(DelegateTask task, String businessKey, String unit) {
        return ProgressForm.prefill(registrations.registered(businessKey, unit).orElse(null),
                reports.latest(businessKey, unit).orElse(null));
    }

    @Override
    protected Function<SubmissionHeader, ProgressReport> read(DelegateTask task, String businessKey, String unit) {
        List<ProgressReport.Item> items = ProgressForm.read(task, registrations.registered(businessKey, unit).orElse(null));
        return h -> new ProgressReport(h.businessKey(), h.province(), h.version(), items, h.submittedBy(),
                h.submittedAt(), h.late(), h.taskId());
    }
}
