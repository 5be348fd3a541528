package vn.vusta.thidua.midyear;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.cycle.CycleContext;
import vn.vusta.thidua.cycle.Phase;
import vn.vusta.thidua.cycle.PhaseTallies;

/** Each unit's completion and share of targets reached, and the cluster's, from the units' current reports. */
@Component("tallyProgress")
class TallyProgressDelegate implements JavaDelegate {

    private final ProgressReports reports;
    private final UnitCompletions completions;
    private final PhaseTallies tallies;

    TallyProgressDelegate(ProgressReports reports, UnitCompletions completions, PhaseTallies tallies) {
        this.reports = reports;
        this.completions = completions;
        this.tallies = tallies;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CycleContext cycle = CycleContext.of(execution);
        // units merged away or moved out during the year stay on record but no longer count
        List<ProgressReport> current = reports.allLatest(cycle.businessKey()).stream()
                .filter(r -> cycle.members().contains(r.province())).toList();
        List<UnitCompletion> units = current.stream().map(Completion::of).toList();
        completions.replace(cycle.businessKey(), units);

        Map<String, Object> byUnit = new LinkedHashMap<>();
        // "completionPercent" and "clusterCompletionPercent": deprecated aliases of the mean progress (docs/api.md)
        units.forEach(u -> byUnit.put(u.province(), Map.of("meanProgressPercent", u.meanProgressPercent(),
                "completionPercent", u.meanProgressPercent(), "reachedPercent", u.reachedPercent(),
                "targetsSet", u.targetsSet(), "targetsReached", u.targetsReached())));
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("members", cycle.members().size());
        summary.put("reported", current.stream().map(ProgressReport::province).toList());
        summary.put("missing", cycle.members().stream()
                .filter(m -> current.stream().noneMatch(r -> r.province().equals(m))).toList());
        summary.put("late", current.stream().filter(ProgressReport::late).map(ProgressReport::province).toList());
        summary.put("units", byUnit);
        BigDecimal clusterMeanProgress = Completion.cluster(units);
        summary.put("clusterMeanProgressPercent", clusterMeanProgress);
        summary.put("clusterCompletionPercent", clusterMeanProgress);
        summary.put("clusterReachedPercent", Completion.clusterReached(units));
        tallies.record(cycle.businessKey(), Phase.MID_YEAR, summary);
    }
}
