package vn.vusta.thidua.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.vusta.thidua.cycle.Cycle;
import vn.vusta.thidua.cycle.Phase;
import vn.vusta.thidua.cycle.PhaseReport;
import vn.vusta.thidua.cycle.PhaseTallies;

/** The mid-year part of the results API: per unit its current report and completion, the tally, the meeting. */
@Component("midYearReport")
class MidYearReport implements PhaseReport {

    private final ProgressReports reports;
    private final UnitCompletions completions;
    private final MidYearReviews reviews;
    private final PhaseTallies tallies;

    MidYearReport(ProgressReports reports, UnitCompletions completions, MidYearReviews reviews, PhaseTallies tallies) {
        this.reports = reports;
        this.completions = completions;
        this.reviews = reviews;
        this.tallies = tallies;
    }

    @Override
    public Phase phase() {
        return Phase.MID_YEAR;
    }

    @Override
    public Map<String, Object> report(Cycle cycle) {
        List<ProgressReport> current = reports.allLatest(cycle.businessKey());
        if (current.isEmpty()) {
            return Map.of();
        }
        Map<String, UnitCompletion> byUnit = new LinkedHashMap<>();
        completions.current(cycle.businessKey()).forEach(c -> byUnit.put(c.province(), c));
        List<Map<String, Object>> units = current.stream().map(r -> {
            Map<String, Object> unit = new LinkedHashMap<>();
            unit.put("province", r.province());
            unit.put("version", r.version());
            unit.put("submittedBy", r.submittedBy());
            unit.put("submittedAt", r.submittedAt());
            unit.put("late", r.late());
            unit.put("items", r.items());
            UnitCompletion completion = byUnit.get(r.province());
            if (completion != null) {
                unit.put("completionPercent", completion.completionPercent());
                unit.put("reachedPercent", completion.reachedPercent());
                unit.put("targetsSet", completion.targetsSet());
                unit.put("targetsReached", completion.targetsReached());
            }
            return unit;
        }).toList();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("units", units);
        tallies.latest(cycle.businessKey(), Phase.MID_YEAR).ifPresent(t -> result.put("tally", t));
        reviews.latest(cycle.businessKey()).ifPresent(m -> result.put("meeting", Map.of("date", m.meetingDate(),
                "place", m.place(), "remarks", m.remarks() == null ? "" : m.remarks(), "recordedBy", m.recordedBy(),
                "recordedAt", m.recordedAt())));
        return result;
    }
}
