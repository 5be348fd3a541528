package vn.vusta.thidua.registration;

import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.cycle.Phase;
import vn.vusta.thidua.submission.SubmissionHeader;
import vn.vusta.thidua.submission.SubmissionSupport;
import vn.vusta.thidua.submission.UnitSubmissionListener;

/**
 * Listener of a unit's registration task ({@code Task_RegisterTargets}, {@code Task_CorrectRegistration}): its form
 * shows the unit's last version and the head's reason for returning it; on complete, the submission is stored as a
 * new version.
 */
@Component("registrationTask")
class RegistrationTaskListener extends UnitSubmissionListener<Registration> {

    private final Registrations registrations;

    RegistrationTaskListener(Registrations registrations, SubmissionSupport support) {
        super(registrations, Phase.REGISTRATION, "SUBMIT_REGISTRATION", "registration", support);
        this.registrations = registrations;
    }

    /** The unit's last version and, once returned, the head's reason. */
    @Override
    protected Map<String, Object> shown(DelegateTask task, String businessKey, String unit) {
        Registration previous = registrations.latest(businessKey, unit).orElse(null);
        String reason = previous == null ? null
                : (String) task.getExecution().getProcessInstance().getVariable(RegistrationVariables.RETURN_REASON);
        return RegistrationForm.prefill(previous, reason);
    }

    @Override
    protected Function<SubmissionHeader, Registration> read(DelegateTask task, String businessKey, String unit) {
        RegistrationForm.Submission form = RegistrationForm.read(task);
        return h -> new Registration(h.businessKey(), h.province(), h.version(), form.aimFlag(), form.aimMerit(),
                form.covenantAccepted(), form.targets(), h.submittedBy(), h.submittedAt(), h.late(), h.taskId());
    }
}
