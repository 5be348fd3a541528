package vn.vusta.thidua.yearend;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.vusta.thidua.cycle.UnitScore;

/**
 * Ranks a cluster by year-end score, best first, with competition ranking: equal scores share a rank and the
 * next rank skips as many places (1, 1, 3). Units with equal scores are listed by province code.
 */
final class Ranking {

    /** A unit's score before it is ranked. */
    record Scored(String province, BigDecimal score, BigDecimal reachedPercent) {
    }

    private Ranking() {
    }

    static List<UnitScore> rank(List<Scored> units) {
        List<Scored> ordered = units.stream()
                .sorted(Comparator.comparing(Scored::score, Comparator.reverseOrder()).thenComparing(Scored::province))
                .toList();
        List<UnitScore> ranked = new ArrayList<>();
        int rank = 0;
        BigDecimal previous = null;
        for (int i = 0; i < ordered.size(); i++) {
            Scored unit = ordered.get(i);
            if (previous == null || unit.score().compareTo(previous) != 0) {
                rank = i + 1;
                previous = unit.score();
            }
            ranked.add(new UnitScore(unit.province(), unit.score(), unit.reachedPercent(), rank));
        }
        return ranked;
    }
}
