package vn.vusta.thidua.council;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
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
import vn.vusta.thidua.workflow.FormJson;
import vn.vusta.thidua.workflow.FormValues;

/**
 * The head's correction of a returned dossier ({@code Task_CorrectDossier}, form {@code correct-dossier}): on
 * create, the office's reason, what it named as wrong and the proposal, with the matching re-opening preselected; on
 * complete, what the head re-opens — one unit's year-end report (a task for that unit, then the results are tallied
 * again), a nominee's achievement report, the minutes (re-confirmed by the head), or nothing (corrected as is) — and
 * a note, recorded; the office is told. The dossier's documents are then generated again and the office checks again.
 */
@Component("dossierCorrection")
class DossierCorrectionListener implements TaskListener, FormPrefill {

    static final String CORRECTION = "correction";
    static final String ACTION = "correctionAction";
    static final String UNIT = "correctionUnit";
    static final String SUBJECT_LABEL = "returnSubjectLabel";
    static final String UNIT_NAME = "returnedUnitName";
    static final String REOPEN_RESULTS = "REOPEN_RESULTS";
    static final String REOPEN_ACHIEVEMENT = "REOPEN_ACHIEVEMENT";
    static final String RECONFIRM_MINUTES = "RECONFIRM_MINUTES";
    static final String CORRECTED = "CORRECTED";
    private static final List<String> ACTIONS = List.of(REOPEN_RESULTS, REOPEN_ACHIEVEMENT, RECONFIRM_MINUTES, CORRECTED);
    /** the year-end report's form shows this process variable as the reason of the return ({@code resultsTask}) */
    private static final String RESULTS_RETURN_REASON = "returnReason";

    private final DossierView view;
    private final DossierChecks checks;
    private final DossierCheckListener check;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final Actor actor;
    private final Clock clock;

    DossierCorrectionListener(DossierView view, DossierChecks checks, DossierCheckListener check,
            Notifications notifications, AuditTrail audit, Actor actor, Clock clock) {
        this.view = view;
        this.checks = checks;
        this.check = check;
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
        DelegateExecution process = task.getExecution().getProcessInstance();
        String subject = (String) process.getVariable(CouncilVariables.DOSSIER_RETURN_SUBJECT);
        String unit = (String) process.getVariable(CouncilVariables.DOSSIER_RETURN_UNIT);
        values.put(SUBJECT_LABEL, subject == null ? "" : DossierSubject.valueOf(subject).label());
        values.put(UNIT_NAME, unit == null ? "" : view.name(unit));
        values.put(DossierCheckListener.UNIT_OPTIONS, FormJson.serialized(check.unitOptions(CycleContext.of(task))));
        if (subject != null) { // the re-opening that matches what the office named, preselected
            values.put(ACTION, switch (DossierSubject.valueOf(subject)) {
                case RESULTS -> REOPEN_RESULTS;
                case ACHIEVEMENT -> REOPEN_ACHIEVEMENT;
                case MINUTES -> RECONFIRM_MINUTES;
                case OTHER -> CORRECTED;
            });
        }
        values.put(UNIT, unit);
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
            correct(task, CycleContext.of(task));
        }
    }

    static String actionLabel(String action) {
        return switch (action) {
            case REOPEN_RESULTS -> "Mở lại báo cáo tổng kết của đơn vị";
            case REOPEN_ACHIEVEMENT -> "Mở lại báo cáo thành tích của đơn vị";
            case RECONFIRM_MINUTES -> "Xác nhận lại biên bản";
            case CORRECTED -> "Đã sửa, gửi lại";
            default -> action;
        };
    }

    private void correct(DelegateTask task, CycleContext cycle) {
        FormValues form = new FormValues(task);
        String action = form.choice(ACTION, "Cách sửa hồ sơ", ACTIONS, true);
        String unit = null;
        if (REOPEN_RESULTS.equals(action)) {
            unit = form.choice(UNIT, "Đơn vị sửa", cycle.members(), true);
        } else if (REOPEN_ACHIEVEMENT.equals(action)) {
            unit = form.choice(UNIT, "Đơn vị sửa",
                    view.nominees(cycle.businessKey()).stream().map(Nominee::unit).distinct().toList(), true);
        }
        String correction = form.text(CORRECTION, "Nội dung đã sửa", DossierCheckListener.REASON_LENGTH, true);
        form.throwIfInvalid();
        String who = actor.of(task);
        checks.insert(new DossierCheck(cycle.businessKey(), checks.rounds(cycle.businessKey()),
                DossierCheck.Step.CORRECTION, DossierCheck.Outcome.CORRECTED, correction, who, clock.instant(),
                task.getId(), action, unit));
        DelegateExecution process = task.getExecution().getProcessInstance();
        process.setVariableLocal(CouncilVariables.CORRECTION_ACTION, action);
        process.setVariableLocal(CouncilVariables.CORRECTION_UNIT, unit);
        process.setVariableLocal(CouncilVariables.CORRECTED_BY, who);
        if (REOPEN_RESULTS.equals(action)) {
            process.setVariableLocal(RESULTS_RETURN_REASON, "Hội đồng Thi đua – Khen thưởng LHHVN trả lại hồ sơ: "
                    + process.getVariable(CouncilVariables.DOSSIER_RETURN_REASON));
        }
        String what = actionLabel(action) + (unit == null ? "" : " " + view.name(unit));
        notifications.send(cycle.businessKey(), GroupIds.COUNCIL_OFFICE, "DOSSIER_CORRECTED", cycle.clusterLabel()
                + " sửa hồ sơ đề nghị khen thưởng năm " + cycle.year() + " (" + what + "): "
                + DossierView.excerpt(correction));
        audit.record(who, "CORRECT_DOSSIER", cycle.businessKey() + "/council/dossier", what + ": " + correction);
    }
}
