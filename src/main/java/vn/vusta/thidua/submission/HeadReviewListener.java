package vn.vusta.thidua.submission;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import vn.vusta.thidua.cycle.CycleContext;
import vn.vusta.thidua.cycle.Phase;
import vn.vusta.thidua.engine.FormPrefill;
import vn.vusta.thidua.reference.Province;
import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.workflow.FormJson;
import vn.vusta.thidua.workflow.FormValues;

/**
 * The head's review of the units' reports in a phase: when the form opens, a table of every unit's report and the
 * members to return one to; on complete, the form's {@code decision} is to submit (accept) them all, or to return one
 * unit's report ({@code returnUnit}) with a reason ({@code returnReason}), which the flow then sends back to the unit.
 */
public abstract class HeadReviewListener implements TaskListener, FormPrefill {

    static final String SUBMIT = "submit";
    static final String RETURN = "return";
    static final String RETURN_UNIT = "returnUnit";
    static final String RETURN_REASON = "returnReason";
    static final int REASON_LENGTH = 1000;

    private final Phase phase;
    private final String decisionVariable;
    private final String table;
    private final String returnAction;
    private final String auditPath;
    private final ReferenceData reference;
    private final SubmissionSupport support;

    /**
     * {@code decisionVariable}: the process variable the flow's gateway reads ("submit" or "return"); {@code table}:
     * the form's table of reports; {@code returnAction}, {@code auditPath}: the audit record of a return.
     */
    protected HeadReviewListener(Phase phase, String decisionVariable, String table, String returnAction,
            String auditPath, ReferenceData reference, SubmissionSupport support) {
        this.phase = phase;
        this.decisionVariable = decisionVariable;
        this.table = table;
        this.returnAction = returnAction;
        this.auditPath = auditPath;
        this.reference = reference;
        this.support = support;
    }

    /** The table's rows: one per unit's current report. */
    protected abstract List<Map<String, Object>> rows(CycleContext cycle);

    /** What accepting the reports records beyond the decision (nothing by default). */
    protected void accepted(CycleContext cycle, String who) {
    }

    @Override
    public final Map<String, Object> values(DelegateTask task) {
        CycleContext cycle = CycleContext.of(task);
        List<Map<String, String>> members = cycle.members().stream()
                .map(code -> Map.of("label", name(code), "value", code)).toList();
        return Map.of(table, FormJson.serialized(rows(cycle)), "memberOptions", FormJson.serialized(members));
    }

    @Override
    public final void notify(DelegateTask task) {
        if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            decide(task, CycleContext.of(task));
        }
    }

    private void decide(DelegateTask task, CycleContext cycle) {
        FormValues form = new FormValues(task);
        String decision = form.choice("decision", "Quyết định", List.of(SUBMIT, RETURN), true);
        String unit = null;
        String reason = null;
        if (RETURN.equals(decision)) {
            unit = form.choice(RETURN_UNIT, "Đơn vị trả lại", cycle.members(), true);
            reason = form.text(RETURN_REASON, "Lý do trả lại", REASON_LENGTH, true);
        }
        form.throwIfInvalid();
        var process = task.getExecution().getProcessInstance();
        process.setVariableLocal(decisionVariable, decision);
        process.setVariableLocal(RETURN_UNIT, unit);
        process.setVariableLocal(RETURN_REASON, reason);
        String who = support.actor.of(task);
        if (unit != null) {
            support.progress.returned(cycle.businessKey(), phase, unit, reason);
            support.audit.record(who, returnAction, cycle.businessKey() + "/" + auditPath + "/" + unit, reason);
        } else {
            accepted(cycle, who);
        }
    }

    /** A unit's Vietnamese name. */
    protected final String name(String code) {
        return reference.province(code).map(Province::name).orElse(code);
    }
}
