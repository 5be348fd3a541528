package vn.vusta.thidua.registration;

import java.time.Clock;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.cycle.CycleContext;
import vn.vusta.thidua.cycle.CycleVariables;
import vn.vusta.thidua.cycle.Phase;
import vn.vusta.thidua.cycle.UnitProgress;
import vn.vusta.thidua.system.AuditTrail;
import vn.vusta.thidua.workflow.Actor;
import vn.vusta.thidua.engine.FormPrefill;

/**
 * Listener of a unit's registration task ({@code Task_RegisterTargets}, {@code Task_CorrectRegistration}):
 * its form shows the unit's last version and the head's reason for returning it; on complete, validates
 * and stores the submission as a new version. A refused submission leaves the task open and stores nothing.
 */
@Component("registrationTask")
class RegistrationTaskListener implements TaskListener, FormPrefill {

    private final RegistrationRepository registrations;
    private final UnitProgress progress;
    private final AuditTrail audit;
    private final Actor actor;
    private final Clock clock;

    RegistrationTaskListener(RegistrationRepository registrations, UnitProgress progress, AuditTrail audit, Actor actor,
            Clock clock) {
        this.registrations = registrations;
        this.progress = progress;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    /** The unit's last version and, once returned, the head's reason. */
    @Override
    public Map<String, Object> values(DelegateTask task) {
        String businessKey = task.getExecution().getProcessBusinessKey();
        Registration previous = registrations.latest(businessKey, CycleContext.unitOf(task)).orElse(null);
        String reason = previous == null ? null
                : (String) task.getExecution().getProcessInstance().getVariable(RegistrationVariables.RETURN_REASON);
        return RegistrationForm.prefill(previous, reason);
    }

    @Override
    public void notify(DelegateTask task) {
        String businessKey = task.getExecution().getProcessBusinessKey();
        String unit = CycleContext.unitOf(task);
        if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            RegistrationForm.Submission submission = RegistrationForm.read(task);
            int version = registrations.nextVersion(businessKey, unit);
            boolean late = progress.submitted(businessKey, Phase.REGISTRATION, unit, CycleContext.due(task, Phase.REGISTRATION));
            String who = actor.of(task);
            registrations.insert(new Registration(businessKey, unit, version, submission.aimFlag(), submission.aimMerit(),
                    submission.covenantAccepted(), submission.targets(), who, clock.instant(), late, task.getId()));
            audit.record(who, "SUBMIT_REGISTRATION", businessKey + "/registration/" + unit,
                    "phiên bản " + version + (late ? ", nộp muộn" : ""));
        }
    }
}
