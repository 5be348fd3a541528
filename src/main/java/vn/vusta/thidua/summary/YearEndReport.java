package vn.vusta.thidua.summary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.vusta.thidua.cycle.Cycle;
import vn.vusta.thidua.cycle.Phase;
import vn.vusta.thidua.cycle.PhaseReport;
import vn.vusta.thidua.cycle.PhaseTallies;

/** The year-end part of the results API: per unit its current report, score, completion and rank; the tally. */
@Component("yearEndReport")
class YearEndReport implements PhaseReport {

    private final ResultReports reports;
    private final UnitScores scores;
    private final PhaseTallies tallies;

    YearEndReport(ResultReports reports, UnitScores scores, PhaseTallies tallies) {
        this.reports = reports;
        this.scores = scores;
        this.tallies = tallies;
    }

    @Override
    public Phase phase() {
        return Phase.YEAR_END;
    }

    @Override
    public Map<String, Object> report(Cycle cycle) {
        List<ResultReport> current = reports.allLatest(cycle.businessKey());
        if (current.isEmpty()) {
            return Map.of();
        }
        Map<String, UnitScore> byUnit = new LinkedHashMap<>();
        scores.current(cycle.businessKey()).forEach(s -> byUnit.put(s.province(), s));
        List<Map<String, Object>> units = current.stream().map(r -> {
            Map<String, Object> unit = new LinkedHashMap<>();
            unit.put("province", r.province());
            unit.put("version", r.version());
            unit.put("submittedBy", r.submittedBy());
            unit.put("submittedAt", r.submittedAt());
            unit.put("late", r.late());
            unit.put("items", r.items());
            unit.put("achievements", r.achievements());
            UnitScore score = byUnit.get(r.province());
            if (score != null) {
                unit.put("score", score.score());
                unit.put("completionPercent", score.completionPercent());
                unit.put("rank", score.rank());
            }
            return unit;
        }).toList();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("units", units);
        tallies.latest(cycle.businessKey(), Phase.YEAR_END).ifPresent(t -> result.put("tally", t));
        return result;
    }
}
