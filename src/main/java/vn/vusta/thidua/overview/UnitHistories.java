package vn.vusta.thidua.overview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.vusta.thidua.council.CouncilOutcomes;
import vn.vusta.thidua.cycle.Cycle;
import vn.vusta.thidua.reference.ClusterLeadership;
import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.cycle.UnitScore;
import vn.vusta.thidua.yearend.UnitScores;
import vn.vusta.thidua.system.ForbiddenException;
import vn.vusta.thidua.vote.Nominations;

/**
 * Builds a unit's history from every cycle the user may read that had the unit or one of its predecessors as a
 * member, and from the reference data's heads and deputies of years without a cycle here (for clusters the user may
 * read). A user who may read none of it gets 403; VUSTA always gets an answer, empty for a unit without a history.
 */
@Component
class UnitHistories {

    private final ReadableCycles cycles;
    private final MergedUnitNames names;
    private final UnitScores scores;
    private final Nominations nominations;
    private final CouncilOutcomes council;
    private final ReferenceData reference;

    UnitHistories(ReadableCycles cycles, MergedUnitNames names, UnitScores scores, Nominations nominations,
            CouncilOutcomes council, ReferenceData reference) {
        this.cycles = cycles;
        this.names = names;
        this.scores = scores;
        this.nominations = nominations;
        this.council = council;
        this.reference = reference;
    }

    UnitHistory of(String code) {
        if (!names.exists(code)) {
            throw new NoSuchElementException("Không có đơn vị " + code);
        }
        MergedUnitNames.Lookup lookup = names.lookup();
        List<String> predecessors = lookup.predecessors(code);
        Set<String> codes = new HashSet<>(predecessors);
        codes.add(code);
        List<UnitHistory.Year> years = new ArrayList<>();
        Set<String> clusterYears = new HashSet<>();
        Set<Integer> readableClusters = new HashSet<>();
        for (Cycle cycle : cycles.all()) {
            readableClusters.add(cycle.cluster());
            for (String member : cycle.members()) {
                if (codes.contains(member)) {
                    years.add(year(cycle, member, lookup));
                    clusterYears.add(cycle.cluster() + "/" + cycle.year() + "/" + member);
                }
            }
        }
        for (ClusterLeadership l : reference.leaderships()) {
            for (String member : new String[] {l.headCode(), l.deputyCode()}) {
                if (member != null && codes.contains(member) && clusterYears.add(l.cluster() + "/" + l.year() + "/" + member)
                        && (cycles.national() || readableClusters.contains(l.cluster()))) {
                    years.add(new UnitHistory.Year(l.year(), l.cluster(), names.clusterName(l.cluster()), null,
                            lookup.of(member), member.equals(l.headCode()) ? "Cụm trưởng" : "Cụm phó", null, null, null,
                            null, List.of(), List.of()));
                }
            }
        }
        if (years.isEmpty() && !cycles.national()) {
            throw new ForbiddenException("Bạn không có quyền xem lịch sử thi đua của " + names.name(code));
        }
        years.sort(Comparator.comparing(UnitHistory.Year::year).reversed().thenComparing(y -> y.asUnit().code()));
        return new UnitHistory(lookup.of(code), predecessors.stream().map(lookup::of).toList(), years);
    }

    private UnitHistory.Year year(Cycle cycle, String member, MergedUnitNames.Lookup lookup) {
        String key = cycle.businessKey();
        UnitScore score = scores.current(key).stream().filter(s -> s.province().equals(member)).findFirst().orElse(null);
        List<String> proposed = nominations.proposed(key).stream().filter(o -> o.unit().equals(member))
                .map(o -> o.title().label()).toList();
        List<UnitHistory.Title> awarded = council.awardsOf(key).stream().filter(a -> a.unit().equals(member))
                .map(a -> new UnitHistory.Title(a.title().label(), a.decisionNumber(), a.revoked())).toList();
        String role = member.equals(cycle.head()) ? "Cụm trưởng" : member.equals(cycle.deputy()) ? "Cụm phó" : null;
        return new UnitHistory.Year(cycle.year(), cycle.cluster(), names.clusterName(cycle.cluster()), key,
                lookup.of(member), role, cycle.members().size(), score == null ? null : score.score(),
                score == null ? null : score.rank(), score == null ? null : score.reachedPercent(), proposed, awarded);
    }
}
