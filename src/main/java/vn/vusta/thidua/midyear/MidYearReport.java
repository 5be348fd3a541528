package vn.vusta.thidua.midyear;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import vn.vusta.thidua.cycle.Phase;
import vn.vusta.thidua.cycle.PhaseTallies;
import vn.vusta.thidua.submission.SubmissionsReport;

/** The mid-year part of the results API: per unit its current report and completion, the tally, the meeting. */
@Component("midYearReport")
class MidYearReport extends SubmissionsReport<ProgressReport> {

    private final UnitCompletions completions;
    private final MidYearReviews reviews;

    MidYearReport(ProgressReports reports, UnitCompletions completions, MidYearReviews reviews, PhaseTallies tallies) {
        super(Phase.MID_YEAR, reports, tallies);
        this.completions = completions;
        this.reviews = reviews;
    }

    @Override
    protected Function<ProgressReport, Map<String, Object>> details(String businessKey) {
        Map<String, UnitCompletion> byUnit = new LinkedHashMap<>();
        completions.current(businessKey).forEach(c -> byUnit.put(c.province(), c));
        return r -> {
            Map<String, Object> unit = new LinkedHashMap<>();
            unit.put("items", r.items());
            UnitCompletion completion = byUnit.get(r.province());
            if (completion != null) {
                unit.put("meanProgressPercent", completion.meanProgressPercent());
                unit.put("completionPercent", completion.meanProgressPercent()); // deprecated alias (docs/api.md)
                unit.put("reachedPercent", completion.reachedPercent());
                unit.put("targetsSet", completion.targetsSet());
                unit.put("targetsReached", completion.targetsReached());
            }
            return unit;
        };
    }

    @Override
    protected void addTo(Map<String, Object> result, String businessKey) {
        reviews.latest(businessKey).ifPresent(m -> result.put("meeting", Map.of("date", m.meetingDate(),
                "place", m.place(), "remarks", m.remarks() == null ? "" : m.remarks(), "recordedBy", m.recordedBy(),
                "recordedAt", m.recordedAt())));
    }
}
