package vn.vusta.thidua.registration;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.cycle.CycleContext;
import vn.vusta.thidua.cycle.CycleVariables;
import vn.vusta.thidua.cycle.Phase;
import vn.vusta.thidua.cycle.UnitProgress;
import vn.vusta.thidua.system.AuditTrail;
import vn.vusta.thidua.workflow.Actor;

/**
 * Listener of a unit's registration task ({@code Task_RegisterTargets}, {@code Task_CorrectRegistration}):
 * on create, shows the unit's last version and the head's reason for returning it; on complete, validates
 * and stores the submission as a new version. A refused submission leaves the task open and stores nothing.
 */
@Component("registrationTask")
class RegistrationTaskListener implements TaskListener {

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

    @Override
    public void notify(DelegateTask task) {
        String businessKey = task.getExecution().getProcessBusinessKey();
        String unit = (String) task.getVariable(CycleVariables.UNIT);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            Registration previous = registrations.latest(businessKey, unit).orElse(null);
            // the task declares its own (empty) returnReason field; the head's reason is on the process instance
            String reason = previous == null ? null
                    : (String) task.getExecution().getProcessInstance().getVariable(RegistrationVariables.RETURN_REASON);
            task.getExecution().setVariablesLocal(RegistrationForm.prefill(previous, reason));
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            RegistrationForm.Submission submission = RegistrationForm.read(task);
            int version = registrations.latest(businessKey, unit).map(r -> r.version() + 1).orElse(1);
            boolean late = progress.submitted(businessKey, Phase.REGISTRATION, unit, CycleContext.due(task, Phase.REGISTRATION));
            String who = actor.of(task);
            registrations.insert(new Registration(businessKey, unit, version, submission.aimFlag(), submission.aimMerit(),
                    submission.covenantAccepted(), submission.targets(), who, clock.instant(), late, task.getId()));
            audit.record(who, "SUBMIT_REGISTRATION", businessKey + "/registration/" + unit,
                    "phiên bản " + version + (late ? ", nộp muộn" : ""));
        }
    }
}
