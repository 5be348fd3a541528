package vn.vusta.thidua.council;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.cycle.CycleContext;
import vn.vusta.thidua.cycle.CycleNotice;
import vn.vusta.thidua.cycle.Notifications;
import vn.vusta.thidua.system.AuditTrail;
import vn.vusta.thidua.system.GroupIds;
import vn.vusta.thidua.workflow.Actor;
import vn.vusta.thidua.workflow.FormValues;

/**
 * The head's correction of a returned dossier ({@code Task_CorrectDossier}, form {@code correct-dossier}): on
 * create, the office's reason and the proposal; on complete, what was corrected (recorded; the office is told).
 */
@Component("dossierCorrection")
class DossierCorrectionListener implements TaskListener {

    static final String CORRECTION = "correction";

    private final DossierView view;
    private final DossierChecks checks;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final Actor actor;
    private final Clock clock;

    DossierCorrectionListener(DossierView view, DossierChecks checks, Notifications notifications, AuditTrail audit,
            Actor actor, Clock clock) {
        this.view = view;
        this.checks = checks;
        this.notifications = notifications;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            view.show(task);
            // the task declares its own returnReason field; the office's reason is on the process instance
            task.getExecution().setVariableLocal(DossierCheckListener.RETURN_REASON,
                    task.getExecution().getProcessInstance().getVariable(CouncilVariables.DOSSIER_RETURN_REASON));
            notifications.tell(new CycleNotice.DossierReturned(CycleContext.of(task),
                    (String) task.getVariable(DossierCheckListener.RETURN_REASON), task.getId()));
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            CycleContext cycle = CycleContext.of(task);
            FormValues form = new FormValues(task);
            String correction = form.text(CORRECTION, "Nội dung đã sửa", DossierCheckListener.REASON_LENGTH, true);
            form.throwIfInvalid();
            String who = actor.of(task);
            checks.insert(new DossierCheck(cycle.businessKey(), checks.rounds(cycle.businessKey()),
                    DossierCheck.Step.CORRECTION, DossierCheck.Outcome.CORRECTED, correction, who, clock.instant(),
                    task.getId()));
            notifications.send(cycle.businessKey(), GroupIds.COUNCIL_OFFICE, "DOSSIER_CORRECTED", cycle.clusterLabel()
                    + " đã sửa hồ sơ đề nghị khen thưởng năm " + cycle.year() + ": " + DossierView.excerpt(correction));
            audit.record(who, "CORRECT_DOSSIER", cycle.businessKey() + "/council/dossier", correction);
        }
    }
}
