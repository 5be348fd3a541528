package vn.vusta.thidua.yearend;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.vusta.thidua.cycle.UnitScore;
import vn.vusta.thidua.cycle.CycleContext;
import vn.vusta.thidua.cycle.Phase;
import vn.vusta.thidua.cycle.PhaseTallies;
import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.submission.HeadReviewListener;
import vn.vusta.thidua.submission.SubmissionSupport;
import vn.vusta.thidua.system.AuditTrail;
import vn.vusta.thidua.workflow.FormNumber;

/**
 * The head's review of the results ({@code Task_ReviewResults}, form {@code review-results}): a table of every
 * unit's score, completion, rank and lateness; accept the results (recorded with the tally) or return one unit's
 * report with a reason.
 */
@Component("resultsReview")
class ResultsReviewListener extends HeadReviewListener {

    private final UnitScores scores;
    private final ResultReports reports;
    private final PhaseTallies tallies;
    private final AuditTrail audit;

    ResultsReviewListener(UnitScores scores, ResultReports reports, ReferenceData reference, PhaseTallies tallies,
            AuditTrail audit, SubmissionSupport support) {
        super(Phase.YEAR_END, SummaryVariables.REVIEW_DECISION, "results", "RETURN_RESULTS", "year-end", reference,
                support);
        this.scores = scores;
        this.reports = reports;
        this.tallies = tallies;
        this.audit = audit;
    }

    @Override
    protected void accepted(CycleContext cycle, String who) {
        Map<String, Object> summary = tallies.latest(cycle.businessKey(), Phase.YEAR_END).orElseGet(LinkedHashMap::new);
        summary.put("acceptedBy", who);
        tallies.record(cycle.businessKey(), Phase.YEAR_END, summary);
        audit.record(who, "ACCEPT_RESULTS", cycle.businessKey() + "/year-end", null);
    }

    @Override
    protected List<Map<String, Object>> rows(CycleContext cycle) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (UnitScore s : scores.current(cycle.businessKey())) {
            ResultReport report = reports.latest(cycle.businessKey(), s.province()).orElse(null);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("rank", s.rank());
            row.put("unit", name(s.province()));
            row.put("version", report == null ? null : report.version());
            row.put("score", FormNumber.shown(s.score()));
            row.put("completion", FormNumber.shown(s.reachedPercent()) + " %");
            row.put("late", report != null && report.late() ? "Muộn" : "Đúng hạn");
            rows.add(row);
        }
        return rows;
    }
}
