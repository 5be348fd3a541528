package vn.vusta.thidua.review;

import java.time.Clock;
import java.util.List;
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
 * Listener of a unit's progress report ({@code Task_ReportProgress}): its form shows the unit's registered targets
 * (and its last report, if any); on complete, validates and stores the submission as a new version. A refused
 * submission leaves the task open and stores nothing.
 */
@Component("progressTask")
class ProgressTaskListener implements TaskListener, FormPrefill {

    private final ProgressReports reports;
    private final RegistrationRepository registrations;
    private final UnitProgress progress;
    private final AuditTrail audit;
    private final Actor actor;
    private final Clock clock;

    ProgressTaskListener(ProgressReports reports, RegistrationRepository registrations, UnitProgress progress,
            AuditTrail audit, Actor actor, Clock clock) {
        this.reports = reports;
        this.registrations = registrations;
        this.progress = progress;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    /** The unit's registered targets and its last report, if any. */
    @Override
    public Map<String, Object> values(DelegateTask task) {
        String businessKey = task.getExecution().getProcessBusinessKey();
        String unit = CycleContext.unitOf(task);
        return ProgressForm.prefill(registrations.latest(businessKey, unit).orElse(null),
                reports.latest(businessKey, unit).orElse(null));
    }

    @Override
    public void notify(DelegateTask task) {
        String businessKey = task.getExecution().getProcessBusinessKey();
        String unit = CycleContext.unitOf(task);
        Registration registration = registrations.latest(businessKey, unit).orElse(null);
        if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            List<ProgressReport.Item> items = ProgressForm.read(task, registration);
            int version = reports.nextVersion(businessKey, unit);
            boolean late = progress.submitted(businessKey, Phase.MID_YEAR, unit, CycleContext.due(task, Phase.MID_YEAR));
            String who = actor.of(task);
            reports.insert(new ProgressReport(businessKey, unit, version, items, who, clock.instant(), late, task.getId()));
            audit.record(who, "SUBMIT_PROGRESS", businessKey + "/mid-year/" + unit,
                    "phiên bản " + version + (late ? ", nộp muộn" : ""));
        }
    }
}
