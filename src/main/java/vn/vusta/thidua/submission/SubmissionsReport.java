package vn.vusta.thidua.submission;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import vn.vusta.thidua.cycle.Cycle;
import vn.vusta.thidua.cycle.Phase;
import vn.vusta.thidua.cycle.PhaseReport;
import vn.vusta.thidua.cycle.PhaseTallies;

/**
 * A phase's part of the results API: per unit its current report (who, when, late) with the phase's own figures, and
 * the phase's latest tally.
 */
public abstract class SubmissionsReport<S extends Submission> implements PhaseReport {

    private final Phase phase;
    private final VersionedSubmissions<S, ?> submissions;
    private final PhaseTallies tallies;

    protected SubmissionsReport(Phase phase, VersionedSubmissions<S, ?> submissions, PhaseTallies tallies) {
        this.phase = phase;
        this.submissions = submissions;
        this.tallies = tallies;
    }

    /** Per unit's report: its items and the phase's figures for the unit, read once for the cycle. */
    protected abstract Function<S, Map<String, Object>> details(String businessKey);

    /** What the phase adds after the tally (nothing by default). */
    protected void addTo(Map<String, Object> result, String businessKey) {
    }

    @Override
    public final Phase phase() {
        return phase;
    }

    @Override
    public final Map<String, Object> report(Cycle cycle) {
        List<S> current = submissions.allLatest(cycle.businessKey());
        if (current.isEmpty()) {
            return Map.of();
        }
        Function<S, Map<String, Object>> details = details(cycle.businessKey());
        List<Map<String, Object>> units = current.stream().map(r -> {
            Map<String, Object> unit = new LinkedHashMap<>();
            unit.put("province", r.province());
            unit.put("version", r.version());
            unit.put("submittedBy", r.submittedBy());
            unit.put("submittedAt", r.submittedAt());
            unit.put("late", r.late());
            unit.putAll(details.apply(r));
            return unit;
        }).toList();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("units", units);
        tallies.latest(cycle.businessKey(), phase).ifPresent(t -> result.put("tally", t));
        addTo(result, cycle.businessKey());
        return result;
    }
}
