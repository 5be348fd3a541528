package vn.vusta.thidua.council;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.engine.FormPrefill;

import vn.vusta.thidua.cycle.CycleContext;
import vn.vusta.thidua.cycle.Notifications;
import vn.vusta.thidua.system.AuditTrail;
import vn.vusta.thidua.workflow.Actor;
import vn.vusta.thidua.engine.EngineClock;
import vn.vusta.thidua.workflow.FormJson;
import vn.vusta.thidua.workflow.FormValues;

/**
 * The standing office's check of a cluster's dossier ({@code Task_CheckDossier}, form {@code check-dossier}):
 * when the form opens, the proposal, the election and the earlier checks and corrections; on complete, accept the dossier
 * or return it to the head with a reason (recorded, and the head is notified).
 */
@Component("dossierCheck")
class DossierCheckListener implements TaskListener, FormPrefill {

    static final String DECISION = "decision";
    static final String RETURN_REASON = "returnReason";
    static final String HISTORY = "dossierHistory";
    static final String RETURN_SUBJECT = "returnSubject";
    static final String RETURNED_UNIT = "returnedUnit";
    static final String UNIT_OPTIONS = "unitOptions";
    static final int REASON_LENGTH = 2000;
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(EngineClock.VIETNAM);

    private final DossierView view;
    private final DossierChecks checks;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final Actor actor;
    private final Clock clock;

    DossierCheckListener(DossierView view, DossierChecks checks, Notifications notifications, AuditTrail audit,
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
        if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            decide(task, CycleContext.of(task));
        }
    }

    /** The proposal, the election and the earlier checks and corrections. */
    @Override
    public Map<String, Object> values(DelegateTask task) {
        String businessKey = task.getExecution().getProcessBusinessKey();
        Map<String, Object> values = new LinkedHashMap<>(view.shown(businessKey));
        values.put(HISTORY, FormJson.serialized(history(checks.of(businessKey))));
        values.put(UNIT_OPTIONS, FormJson.serialized(unitOptions(CycleContext.of(task))));
        return values;
    }

    private void decide(DelegateTask task, CycleContext cycle) {
        FormValues form = new FormValues(task);
        String decision = form.choice(DECISION, "Kết quả thẩm định",
                List.of(CouncilVariables.ACCEPT, CouncilVariables.RETURN), true);
        boolean returned = CouncilVariables.RETURN.equals(decision);
        String reason = returned ? form.text(RETURN_REASON, "Lý do trả lại", REASON_LENGTH, true) : null;
        String subjectName = returned ? form.choice(RETURN_SUBJECT, "Nội dung cần sửa", DossierSubject.names(), true) : null;
        DossierSubject subject = subjectName == null ? null : DossierSubject.valueOf(subjectName);
        String unit = subject != null && subject.namesUnit() ? form.choice(RETURNED_UNIT, "Đơn vị cần sửa",
                subject == DossierSubject.ACHIEVEMENT ? nomineeUnits(cycle) : cycle.members(), true) : null;
        form.throwIfInvalid();
        boolean accepted = CouncilVariables.ACCEPT.equals(decision);
        String who = actor.of(task);
        int round = checks.rounds(cycle.businessKey()) + 1;
        checks.insert(new DossierCheck(cycle.businessKey(), round, DossierCheck.Step.CHECK,
                accepted ? DossierCheck.Outcome.ACCEPTED : DossierCheck.Outcome.RETURNED, reason, who, clock.instant(),
                task.getId(), subjectName, unit));
        var process = task.getExecution().getProcessInstance();
        process.setVariableLocal(CouncilVariables.DOSSIER_DECISION, decision);
        process.setVariableLocal(CouncilVariables.DOSSIER_RETURN_REASON, reason);
        process.setVariableLocal(CouncilVariables.DOSSIER_RETURN_SUBJECT, subjectName);
        process.setVariableLocal(CouncilVariables.DOSSIER_RETURN_UNIT, unit);
        process.setVariableLocal(CouncilVariables.NOMINEE_COUNT, view.nominees(cycle.businessKey()).size());
        if (accepted) {
            audit.record(who, "ACCEPT_DOSSIER", cycle.businessKey() + "/council/dossier", "lần thẩm định " + round);
        } else {
            notifications.send(cycle.businessKey(), cycle.headGroup(), "DOSSIER_RETURNED",
                    "Thường trực Hội đồng TĐKT trả lại hồ sơ đề nghị khen thưởng năm " + cycle.year() + " của "
                            + cycle.clusterLabel() + " (cần sửa: " + subject.label()
                            + (unit == null ? "" : " — " + view.name(unit)) + "): " + DossierView.excerpt(reason));
            audit.record(who, "RETURN_DOSSIER", cycle.businessKey() + "/council/dossier", reason);
        }
    }

    private List<String> nomineeUnits(CycleContext cycle) {
        return view.nominees(cycle.businessKey()).stream().map(Nominee::unit).distinct().toList();
    }

    /** The cluster's members as options of the form's unit select ({@code unitOptions}). */
    List<Map<String, String>> unitOptions(CycleContext cycle) {
        return cycle.members().stream().map(u -> Map.of("label", view.name(u), "value", u)).toList();
    }

    private static String subjectLabel(String subject) {
        return DossierSubject.names().contains(subject) ? DossierSubject.valueOf(subject).label()
                : DossierCorrectionListener.actionLabel(subject);
    }

    List<Map<String, Object>> history(List<DossierCheck> steps) {
        return steps.stream().map(c -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("when", WHEN.format(c.occurredAt()));
            row.put("who", c.actor());
            row.put("step", switch (c.outcome()) {
                case ACCEPTED -> "Thẩm định: hợp lệ";
                case RETURNED -> "Thẩm định: trả lại";
                case CORRECTED -> "Cụm trưởng sửa";
            });
            String subject = c.subject() == null ? "" : subjectLabel(c.subject());
            row.put("note", (subject.isEmpty() ? "" : "[" + subject + (c.unit() == null ? "" : " — " + view.name(c.unit())) + "] ")
                    + (c.note() == null ? "" : c.note()));
            return row;
        }).toList();
    }
}
