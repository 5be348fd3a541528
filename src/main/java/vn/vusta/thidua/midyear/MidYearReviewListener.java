package vn.vusta.thidua.midyear;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.engine.FormPrefill;

import vn.vusta.thidua.cycle.CycleContext;
import vn.vusta.thidua.reference.Province;
import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.system.AuditTrail;
import vn.vusta.thidua.workflow.Actor;
import vn.vusta.thidua.workflow.FormJson;
import vn.vusta.thidua.workflow.FormNumber;

/**
 * The head's record of the review meeting ({@code Task_RecordMidYearReview}, form {@code record-mid-year-review}):
 * when the form opens, a table of every unit's completion and the cluster's; on complete, the meeting's date, place and
 * remarks are stored with who recorded them and when.
 */
@Component("midYearReview")
class MidYearReviewListener implements TaskListener, FormPrefill {

    static final String UNITS = "units";

    private final UnitCompletions completions;
    private final ProgressReports reports;
    private final MidYearReviews reviews;
    private final ReferenceData reference;
    private final AuditTrail audit;
    private final Actor actor;
    private final Clock clock;

    MidYearReviewListener(UnitCompletions completions, ProgressReports reports, MidYearReviews reviews,
            ReferenceData reference, AuditTrail audit, Actor actor, Clock clock) {
        this.completions = completions;
        this.reports = reports;
        this.reviews = reviews;
        this.reference = reference;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            CycleContext cycle = CycleContext.of(task);
            MeetingForm.Meeting meeting = MeetingForm.read(task, cycle.year());
            String who = actor.of(task);
            reviews.insert(new MidYearReview(cycle.businessKey(), meeting.date(), meeting.place(), meeting.remarks(), who,
                    clock.instant(), task.getId()));
            audit.record(who, "RECORD_MID_YEAR_REVIEW", cycle.businessKey() + "/mid-year",
                    meeting.date() + ", " + meeting.place());
        }
    }

    /** Every unit's completion as a table, and the cluster's. */
    @Override
    public Map<String, Object> values(DelegateTask task) {
        CycleContext cycle = CycleContext.of(task);
        List<UnitCompletion> units = completions.current(cycle.businessKey());
        return Map.of(UNITS, FormJson.serialized(rows(cycle, units)),
                MeetingForm.CLUSTER_COMPLETION, FormNumber.shown(Completion.cluster(units)));
    }

    private List<Map<String, Object>> rows(CycleContext cycle, List<UnitCompletion> units) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (UnitCompletion u : units) {
            boolean late = reports.latest(cycle.businessKey(), u.province()).map(ProgressReport::late).orElse(false);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("unit", reference.province(u.province()).map(Province::name).orElse(u.province()));
            row.put("completion", percent(u.meanProgressPercent()));
            row.put("reached", u.targetsReached() + "/" + u.targetsSet() + " (" + percent(u.reachedPercent()) + ")");
            row.put("late", late ? "Muộn" : "Đúng hạn");
            rows.add(row);
        }
        return rows;
    }

    private static String percent(BigDecimal value) {
        return FormNumber.shown(value) + " %";
    }
}
