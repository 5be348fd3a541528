package vn.vusta.thidua.yearend;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import vn.vusta.thidua.cycle.UnitScore;
import vn.vusta.thidua.cycle.Phase;
import vn.vusta.thidua.cycle.PhaseTallies;
import vn.vusta.thidua.submission.SubmissionsReport;

/** The year-end part of the results API: per unit its current report, score, completion and rank; the tally. */
@Component("yearEndReport")
class YearEndReport extends SubmissionsReport<ResultReport> {

    private final UnitScores scores;

    YearEndReport(ResultReports reports, UnitScores scores, PhaseTallies tallies) {
        super(Phase.YEAR_END, reports, tallies);
        this.scores = scores;
    }

    @Override
    protected Function<ResultReport, Map<String, Object>> details(String businessKey) {
        Map<String, UnitScore> byUnit = new LinkedHashMap<>();
        scores.current(businessKey).forEach(s -> byUnit.put(s.province(), s));
        return r -> {
            Map<String, Object> unit = new LinkedHashMap<>();
            unit.put("items", r.items());
            unit.put("achievements", r.achievements());
            UnitScore score = byUnit.get(r.province());
            if (score != null) {
                unit.put("score", score.score());
                unit.put("reachedPercent", score.reachedPercent());
                // Deprecated alias of reachedPercent, published until the release after 2026-12 (docs/api.md).
                unit.put("completionPercent", score.reachedPercent());
                unit.put("rank", score.rank());
            }
            return unit;
        };
    }
}
