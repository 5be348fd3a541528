package vn.vusta.thidua.overview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.vusta.thidua.cycle.Cycle;
import vn.vusta.thidua.cycle.Phase;
import vn.vusta.thidua.reference.EmulationCluster;
import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.cycle.UnitScore;
import vn.vusta.thidua.yearend.UnitScores;

/**
 * The year's rows, one per cluster the user may read; VUSTA also sees the clusters whose cycle is not opened (with
 * their members and head from the reference data), so that no cluster is missing from the national picture.
 */
@Component
class ClusterRows {

    private final ReadableCycles cycles;
    private final CycleProgress progress;
    private final UnitScores scores;
    private final MergedUnitNames names;
    private final ReferenceData reference;

    ClusterRows(ReadableCycles cycles, CycleProgress progress, UnitScores scores, MergedUnitNames names,
            ReferenceData reference) {
        this.cycles = cycles;
        this.progress = progress;
        this.scores = scores;
        this.names = names;
        this.reference = reference;
    }

    List<ClusterRow> of(int year, boolean onlyLate) {
        MergedUnitNames.Lookup lookup = names.lookup();
        List<Cycle> opened = cycles.ofYear(year);
        List<ClusterRow> rows = new ArrayList<>(opened.stream().map(c -> row(c, lookup)).toList());
        if (cycles.national()) {
            Set<Integer> withCycle = opened.stream().map(Cycle::cluster).collect(Collectors.toSet());
            for (EmulationCluster cluster : reference.clusters()) {
                if (!withCycle.contains(cluster.number())) {
                    rows.add(notOpened(cluster, year, lookup));
                }
            }
        }
        rows.sort((a, b) -> Integer.compare(a.cluster(), b.cluster()));
        return onlyLate ? rows.stream().filter(ClusterRow::somethingLate).toList() : rows;
    }

    private ClusterRow row(Cycle cycle, MergedUnitNames.Lookup lookup) {
        CycleProgress.Snapshot snapshot = progress.of(cycle);
        Phase phase = cycle.phase();
        CycleProgress.Count count = CycleProgress.TIMELINE.contains(phase) ? snapshot.count(phase) : null;
        int completion = phase == Phase.OPENED ? 0
                : count != null ? count.settledPercent() : 100;
        return new ClusterRow(cycle.cluster(), names.clusterName(cycle.cluster()), cycle.year(), cycle.businessKey(),
                phase.name(), phase.label(), CycleProgress.TIMELINE.contains(phase) ? snapshot.due(phase) : null,
                lookup.of(cycle.head()), lookup.of(cycle.deputy()), cycle.members().size(),
                count == null ? null : count.submitted(), count == null ? null : count.late(),
                count == null ? null : count.closedWithoutSubmission(),
                count == null ? List.of() : count.lateUnits().stream().map(lookup::of).toList(), completion,
                scores.current(cycle.businessKey()).stream().map(UnitScore::score).toList(),
                count != null && (count.late() > 0 || count.closedWithoutSubmission() > 0));
    }

    private ClusterRow notOpened(EmulationCluster cluster, int year, MergedUnitNames.Lookup lookup) {
        var leadership = reference.leadership(cluster.number(), year);
        return new ClusterRow(cluster.number(), cluster.name(), year, null, null, "Chưa mở chu kỳ", null,
                leadership.map(l -> lookup.of(l.headCode())).orElse(null),
                leadership.map(l -> lookup.of(l.deputyCode())).orElse(null),
                reference.membersOn(cluster.number(), LocalDate.of(year, 1, 1)).size(), null, null, null, List.of(), 0,
                List.of(), false);
    }
}
