package vn.vusta.thidua.council;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.engine.FormPrefill;

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
class DossierCorrectionListener implements TaskListener, FormPrefill {

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

    /** The proposal, the election and the office's reason for returning the dossier. */
    @Override
    public Map<String, Object> values(DelegateTask task) {
        Map<String, Object> values = new LinkedHashMap<>(view.shown(task.getExecution().getProcessBusinessKey()));
        values.put(DossierCheckListener.RETURN_REASON, officeReason(task));
        return values;
    }

    /** The form shows it in its own returnReason field; the office's reason is on the process instance. */
    private static String officeReason(DelegateTask task) {
        return (String) task.getExecution().getProcessInstance().getVariable(CouncilVariables.DOSSIER_RETURN_REASON);
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            notifications.tell(new CycleNotice.DossierReturned(CycleContext.of(task), officeReason(task), task.getId()));
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
