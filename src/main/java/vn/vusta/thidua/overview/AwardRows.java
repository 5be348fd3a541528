package vn.vusta.thidua.overview;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.vusta.thidua.council.CouncilOutcomes;

/** The awards of the cycles the user may read, of one year or of every year. */
@Component
class AwardRows {

    private final CouncilOutcomes council;
    private final ReadableCycles cycles;
    private final MergedUnitNames names;

    AwardRows(CouncilOutcomes council, ReadableCycles cycles, MergedUnitNames names) {
        this.council = council;
        this.cycles = cycles;
        this.names = names;
    }

    List<AwardRow> of(Integer year) {
        MergedUnitNames.Lookup lookup = names.lookup();
        Map<String, Boolean> readable = new HashMap<>();
        return council.allAwards().stream().filter(a -> year == null || a.year() == year)
                .filter(a -> readable.computeIfAbsent(a.businessKey(),
                        key -> cycles.find(key).map(cycles::readable).orElse(cycles.national())))
                .map(a -> new AwardRow(a.id(), a.year(), a.cluster(), names.clusterName(a.cluster()), a.businessKey(),
                        lookup.of(a.unit()), a.title().name(), a.title().label(), a.decisionNumber(), a.decisionDate(),
                        a.revoked(), a.revokedAt(), a.revocationReason()))
                .toList();
    }
}
