package vn.vusta.thidua.registration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.cycle.CycleContext;
import vn.vusta.thidua.cycle.Phase;
import vn.vusta.thidua.cycle.UnitProgress;
import vn.vusta.thidua.reference.Province;
import vn.vusta.thidua.reference.ReferenceRepository;
import vn.vusta.thidua.system.AuditTrail;
import vn.vusta.thidua.workflow.Actor;
import vn.vusta.thidua.workflow.FormNumber;
import vn.vusta.thidua.workflow.HeadReview;

/**
 * The head's review ({@code Task_ReviewRegistrations}, form {@code review-registrations}): on create, a table
 * of every unit's registration; on complete, either submit the cluster's registration or return one unit's
 * registration with a reason.
 */
@Component("registrationReview")
class RegistrationReviewListener implements TaskListener {

    private final RegistrationRepository registrations;
    private final ReferenceRepository reference;
    private final UnitProgress progress;
    private final AuditTrail audit;
    private final Actor actor;

    RegistrationReviewListener(RegistrationRepository registrations, ReferenceRepository reference, UnitProgress progress,
            AuditTrail audit, Actor actor) {
        this.registrations = registrations;
        this.reference = reference;
        this.progress = progress;
        this.audit = audit;
        this.actor = actor;
    }

    @Override
    public void notify(DelegateTask task) {
        CycleContext cycle = CycleContext.of(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            HeadReview.show(task, "registrations", rows(cycle));
            HeadReview.show(task, "memberOptions", HeadReview.memberOptions(cycle.members(), this::name));
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            decide(task, cycle);
        }
    }

    private void decide(DelegateTask task, CycleContext cycle) {
        HeadReview.Decision decision = HeadReview.read(task, cycle.members());
        String unit = decision.unit();
        String reason = decision.reason();
        var process = task.getExecution().getProcessInstance();
        process.setVariableLocal(RegistrationVariables.REVIEW_DECISION, decision.decision());
        process.setVariableLocal(RegistrationVariables.RETURN_UNIT, unit);
        process.setVariableLocal(RegistrationVariables.RETURN_REASON, reason);
        if (unit != null) {
            progress.returned(cycle.businessKey(), Phase.REGISTRATION, unit, reason);
            audit.record(actor.of(task), "RETURN_REGISTRATION", cycle.businessKey() + "/registration/" + unit, reason);
        }
    }

    private List<Map<String, Object>> rows(CycleContext cycle) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Registration r : registrations.allLatest(cycle.businessKey())) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("unit", name(r.province()));
            row.put("version", r.version());
            for (Registration.Target t : r.targets()) {
                row.put("t" + t.field(), FormNumber.shown(t.target()));
            }
            row.put("titles", r.aimFlag() && r.aimMerit() ? "Cờ thi đua, Bằng khen" : r.aimFlag() ? "Cờ thi đua" : r.aimMerit() ? "Bằng khen" : "—");
            row.put("covenant", r.covenantAccepted() ? "Đã ký" : "Chưa ký");
            row.put("late", r.late() ? "Muộn" : "Đúng hạn");
            rows.add(row);
        }
        return rows;
    }

    private String name(String code) {
        return reference.province(code).map(Province::name).orElse(code);
    }
}
