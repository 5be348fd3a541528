package vn.vusta.thidua.yearend;

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
 * Listener of a unit's year-end report ({@code Task_ReportResults}, {@code Task_CorrectResults}): its form shows
 * the registered targets, and for a correction the last version and the head's reason; on complete, the submission
 * is stored as a new version. A correction the head asked for is late only if the unit's first report was.
 */
@Component("resultsTask")
class ResultsTaskListener extends UnitSubmissionListener<ResultReport> {

    private final ResultReports reports;
    private final RegisteredTargets registrations;

    ResultsTaskListener(ResultReports reports, RegisteredTargets registrations, SubmissionSupport support) {
        super(reports, Phase.YEAR_END, "SUBMIT_RESULTS", "year-end", support);
        this.reports = reports;
        this.registrations = registrations;
    }

    /** The unit's registered targets, its last report and, once returned, the head's reason. */
    @Override
    protected Map<String, Object> shown(DelegateTask task, String businessKey, String unit) {
        ResultReport previous = reports.latest(businessKey, unit).orElse(null);
        String reason = previous == null ? null
                : (String) task.getExecution().getProcessInstance().getVariable(SummaryVariables.RETURN_REASON);
        return ResultsForm.prefill(registrations.registered(businessKey, unit).orElse(null), previous, reason);
    }

    @Override
    protected Function<SubmissionHeader, ResultReport> read(DelegateTask task, String businessKey, String unit) {
        ResultsForm.Submission form = ResultsForm.read(task, registrations.registered(businessKey, unit).orElse(null));
        return h -> new ResultReport(h.businessKey(), h.province(), h.version(), form.items(), form.achievements(),
                h.submittedBy(), h.submittedAt(), h.late(), h.taskId());
    }

    @Override
    protected boolean late(DelegateTask task, String businessKey, String unit) {
        ResultReport previous = reports.latest(businessKey, unit).orElse(null);
        return previous == null ? super.late(task, businessKey, unit)
                : submitted(businessKey, unit, null) || previous.late();
    }
}
