package vn.vusta.thidua.summary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.cycle.CycleContext;
import vn.vusta.thidua.engine.FormPrefill;
import vn.vusta.thidua.cycle.Phase;
import vn.vusta.thidua.cycle.PhaseTallies;
import vn.vusta.thidua.cycle.UnitProgress;
import vn.vusta.thidua.reference.Province;
import vn.vusta.thidua.reference.ReferenceRepository;
import vn.vusta.thidua.system.AuditTrail;
import vn.vusta.thidua.workflow.Actor;
import vn.vusta.thidua.workflow.FormNumber;
import vn.vusta.thidua.workflow.HeadReview;

/**
 * The head's review of the results ({@code Task_ReviewResults}, form {@code review-results}): when the form opens, a table of
 * every unit's score, completion, rank and lateness; on complete, either accept the results or return one unit's
 * report with a reason.
 */
@Component("resultsReview")
class ResultsReviewListener implements TaskListener, FormPrefill {

    private final UnitScores scores;
    private final ResultReports reports;
    private final ReferenceRepository reference;
    private final UnitProgress progress;
    private final PhaseTallies tallies;
    private final AuditTrail audit;
    private final Actor actor;

    ResultsReviewListener(UnitScores scores, ResultReports reports, ReferenceRepository reference, UnitProgress progress,
            PhaseTallies tallies, AuditTrail audit, Actor actor) {
        this.scores = scores;
        this.reports = reports;
        this.reference = reference;
        this.progress = progress;
        this.tallies = tallies;
        this.audit = audit;
        this.actor = actor;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            decide(task, CycleContext.of(task));
        }
    }

    /** Every unit's results as a table, and the members to choose from for a return. */
    @Override
    public Map<String, Object> values(DelegateTask task) {
        CycleContext cycle = CycleContext.of(task);
        return HeadReview.shown("results", rows(cycle), HeadReview.memberOptions(cycle.members(), this::name));
    }

    private void decide(DelegateTask task, CycleContext cycle) {
        HeadReview.Decision decision = HeadReview.read(task, cycle.members());
        String unit = decision.unit();
        String reason = decision.reason();
        var process = task.getExecution().getProcessInstance();
        process.setVariableLocal(SummaryVariables.REVIEW_DECISION, decision.decision());
        process.setVariableLocal(SummaryVariables.RETURN_UNIT, unit);
        process.setVariableLocal(SummaryVariables.RETURN_REASON, reason);
        String who = actor.of(task);
        if (unit != null) {
            progress.returned(cycle.businessKey(), Phase.YEAR_END, unit, reason);
            audit.record(who, "RETURN_RESULTS", cycle.businessKey() + "/year-end/" + unit, reason);
        } else {
            Map<String, Object> summary = tallies.latest(cycle.businessKey(), Phase.YEAR_END).orElseGet(LinkedHashMap::new);
            summary.put("acceptedBy", who);
            tallies.record(cycle.businessKey(), Phase.YEAR_END, summary);
            audit.record(who, "ACCEPT_RESULTS", cycle.businessKey() + "/year-end", null);
        }
    }

    private List<Map<String, Object>> rows(CycleContext cycle) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (UnitScore s : scores.current(cycle.businessKey())) {
            ResultReport report = reports.latest(cycle.businessKey(), s.province()).orElse(null);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("rank", s.rank());
            row.put("unit", name(s.province()));
            row.put("version", report == null ? null : report.version());
            row.put("score", decimal(s.score()));
            row.put("completion", decimal(s.completionPercent()) + " %");
            row.put("late", report != null && report.late() ? "Muộn" : "Đúng hạn");
            rows.add(row);
        }
        return rows;
    }

    private String name(String code) {
        return reference.province(code).map(Province::name).orElse(code);
    }

    private static String decimal(BigDecimal value) {
        return FormNumber.shown(value);
    }
}
