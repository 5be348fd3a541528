package vn.vusta.thidua.summary;

import java.time.Clock;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.cycle.CycleContext;
import vn.vusta.thidua.cycle.CycleVariables;
import vn.vusta.thidua.cycle.Phase;
import vn.vusta.thidua.cycle.UnitProgress;
import vn.vusta.thidua.registration.Registration;
import vn.vusta.thidua.registration.RegistrationRepository;
import vn.vusta.thidua.system.AuditTrail;
import vn.vusta.thidua.workflow.Actor;
import vn.vusta.thidua.engine.FormPrefill;

/**
 * Listener of a unit's year-end report ({@code Task_ReportResults}, {@code Task_CorrectResults}): its form shows
 * the registered targets, and for a correction the last version and the head's reason; on complete, validates and
 * stores the submission as a new version. A refused submission leaves the task open and stores nothing. A
 * correction the head asked for is late only if the unit's first report was.
 */
@Component("resultsTask")
class ResultsTaskListener implements TaskListener, FormPrefill {

    private final ResultReports reports;
    private final RegistrationRepository registrations;
    private final UnitProgress progress;
    private final AuditTrail audit;
    private final Actor actor;
    private final Clock clock;

    ResultsTaskListener(ResultReports reports, RegistrationRepository registrations, UnitProgress progress,
            AuditTrail audit, Actor actor, Clock clock) {
        this.reports = reports;
        this.registrations = registrations;
        this.progress = progress;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    /** The unit's registered targets, its last report and, once returned, the head's reason. */
    @Override
    public Map<String, Object> values(DelegateTask task) {
        String businessKey = task.getExecution().getProcessBusinessKey();
        String unit = CycleContext.unitOf(task);
        ResultReport previous = reports.latest(businessKey, unit).orElse(null);
        String reason = previous == null ? null
                : (String) task.getExecution().getProcessInstance().getVariable(SummaryVariables.RETURN_REASON);
        return ResultsForm.prefill(registrations.latest(businessKey, unit).orElse(null), previous, reason);
    }

    @Override
    public void notify(DelegateTask task) {
        String businessKey = task.getExecution().getProcessBusinessKey();
        String unit = CycleContext.unitOf(task);
        Registration registration = registrations.latest(businessKey, unit).orElse(null);
        ResultReport previous = reports.latest(businessKey, unit).orElse(null);
        if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            ResultsForm.Submission submission = ResultsForm.read(task, registration);
            int version = previous == null ? 1 : previous.version() + 1;
            boolean late = previous == null
                    ? progress.submitted(businessKey, Phase.YEAR_END, unit, CycleContext.due(task, Phase.YEAR_END))
                    : progress.submitted(businessKey, Phase.YEAR_END, unit, null) || previous.late();
            String who = actor.of(task);
            reports.insert(new ResultReport(businessKey, unit, version, submission.items(), submission.achievements(), who,
                    clock.instant(), late, task.getId()));
            audit.record(who, "SUBMIT_RESULTS", businessKey + "/year-end/" + unit,
                    "phiên bản " + version + (late ? ", nộp muộn" : ""));
        }
    }
}
