package vn.vusta.thidua.midyear;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;

/**
 * The mid-year arithmetic, without Spring or the engine. Only fields where the unit set a target (&gt; 0) count; a
 * target is reached when its progress is 100 %. Figures are rounded to 2 decimals, HALF_UP.
 */
final class Completion {

    /** 100 %: the top of the progress scale, and a unit's completion when it set no target. */
    static final BigDecimal FULL = BigDecimal.valueOf(100);
    private static final int SCALE = 2;

    private Completion() {
    }

    static UnitCompletion of(ProgressReport report) {
        List<ProgressReport.Item> counted = report.items().stream().filter(i -> i.target().signum() > 0).toList();
        if (counted.isEmpty()) {
            return new UnitCompletion(report.province(), report.version(), scaled(FULL), scaled(FULL), 0, 0);
        }
        int reached = (int) counted.stream().filter(i -> i.progress().compareTo(FULL) >= 0).count();
        BigDecimal completion = mean(counted.stream().map(ProgressReport.Item::progress).toList());
        BigDecimal reachedShare = BigDecimal.valueOf(reached).multiply(FULL)
                .divide(BigDecimal.valueOf(counted.size()), SCALE, RoundingMode.HALF_UP);
        return new UnitCompletion(report.province(), report.version(), completion, reachedShare, counted.size(), reached);
    }

    /** The cluster's completion: the mean of its units' completions; zero when no unit has reported. */
    static BigDecimal cluster(Collection<UnitCompletion> units) {
        return units.isEmpty() ? scaled(BigDecimal.ZERO)
                : mean(units.stream().map(UnitCompletion::meanProgressPercent).toList());
    }

    /** The share of all the cluster's targets (over every unit) already reached; 100 when none was set. */
    static BigDecimal clusterReached(Collection<UnitCompletion> units) {
        int set = units.stream().mapToInt(UnitCompletion::targetsSet).sum();
        int reached = units.stream().mapToInt(UnitCompletion::targetsReached).sum();
        return set == 0 ? scaled(FULL)
                : BigDecimal.valueOf(reached).multiply(FULL).divide(BigDecimal.valueOf(set), SCALE, RoundingMode.HALF_UP);
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), SCALE, RoundingMode.HALF_UP);
    }

    private static BigDecimal scaled(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_UP);
    }
}
