package vn.vusta.thidua.cycle;

import java.math.BigDecimal;

/**
 * A unit's year-end score (from the score table), its share of targets reached in percent (what the eligibility table
 * reads as {@code reachedPercent}), and its rank in the cluster (1 = best).
 */
public record UnitScore(String province, BigDecimal score, BigDecimal reachedPercent, int rank) {
}
