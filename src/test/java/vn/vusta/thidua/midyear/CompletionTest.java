package vn.vusta.thidua.midyear;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CompletionTest {

    @Test
    void completionIsTheMeanProgressOverTheFieldsWithATarget() {
        // fields 7 and 8 have no target: their progress does not count
        UnitCompletion c = Completion.of(report("son-la", new double[] {10, 10, 10, 10, 10, 10, 0, 0},
                new double[] {100, 50, 40, 30, 20, 10, 99, 100}));

        assertThat(c.meanProgressPercent()).isEqualByComparingTo("41.67"); // (100+50+40+30+20+10) / 6 = 41.666…
        assertThat(c.targetsSet()).isEqualTo(6);
        assertThat(c.targetsReached()).isEqualTo(1);
        assertThat(c.reachedPercent()).isEqualByComparingTo("16.67");
    }

    @Test
    void aUnitWithoutAnyTargetIsComplete() {
        UnitCompletion c = Completion.of(report("lai-chau", new double[8], new double[] {0, 0, 0, 0, 0, 0, 0, 0}));

        assertThat(c.meanProgressPercent()).isEqualByComparingTo("100");
        assertThat(c.reachedPercent()).isEqualByComparingTo("100");
        assertThat(c.targetsSet()).isZero();
    }

    @Test
    void everyTargetReachedIsAHundredPercentOnBothCounts() {
        UnitCompletion c = Completion.of(report("phu-tho", new double[] {1, 2, 3, 4, 5, 6, 7, 8},
                new double[] {100, 100, 100, 100, 100, 100, 100, 100}));

        assertThat(c.meanProgressPercent()).isEqualByComparingTo("100");
        assertThat(c.reachedPercent()).isEqualByComparingTo("100");
        assertThat(c.targetsReached()).isEqualTo(8);
    }

    @Test
    void theClusterCompletionIsTheMeanOfItsUnitsAndTheReachedShareCountsEveryTarget() {
        List<UnitCompletion> units = List.of(
                new UnitCompletion("a", 1, new BigDecimal("50.00"), new BigDecimal("0.00"), 4, 0),
                new UnitCompletion("b", 1, new BigDecimal("75.50"), new BigDecimal("50.00"), 2, 1),
                new UnitCompletion("c", 1, new BigDecimal("100.00"), new BigDecimal("100.00"), 0, 0));

        assertThat(Completion.cluster(units)).isEqualByComparingTo("75.17"); // 225.5 / 3
        assertThat(Completion.clusterReached(units)).isEqualByComparingTo("16.67"); // 1 of 6
        assertThat(Completion.cluster(List.of())).isEqualByComparingTo("0");
        assertThat(Completion.clusterReached(List.of())).isEqualByComparingTo("100");
    }

    private static ProgressReport report(String unit, double[] targets, double[] progress) {
        List<ProgressReport.Item> items = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            items.add(new ProgressReport.Item(i + 1, BigDecimal.valueOf(targets[i]), BigDecimal.valueOf(progress[i]), null));
        }
        return new ProgressReport("cluster-3-2099", unit, 1, items, unit, Instant.EPOCH, false, "t-" + unit);
    }
}
