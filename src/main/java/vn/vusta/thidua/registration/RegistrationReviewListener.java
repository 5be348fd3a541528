package vn.vusta.thidua.registration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.vusta.thidua.cycle.CycleContext;
import vn.vusta.thidua.cycle.Phase;
import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.submission.HeadReviewListener;
import vn.vusta.thidua.submission.SubmissionSupport;
import vn.vusta.thidua.workflow.FormNumber;

/**
 * The head's review ({@code Task_ReviewRegistrations}, form {@code review-registrations}): a table of every unit's
 * registration; submit the cluster's registration or return one unit's with a reason.
 */
@Component("registrationReview")
class RegistrationReviewListener extends HeadReviewListener {

    private final Registrations registrations;

    RegistrationReviewListener(Registrations registrations, ReferenceData reference,
            SubmissionSupport support) {
        super(Phase.REGISTRATION, RegistrationVariables.REVIEW_DECISION, "registrations", "RETURN_REGISTRATION",
                "registration", reference, support);
        this.registrations = registrations;
    }

    @Override
    protected List<Map<String, Object>> rows(CycleContext cycle) {
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
}
