package vn.vusta.thidua.review;

import java.math.BigDecimal;

/**
 * A unit's mid-year standing: its completion (mean progress over the fields where it set a target) and the share of
 * those targets already reached, both in percent; 100 when it set no target.
 */
public record UnitCompletion(String province, int reportVersion, BigDecimal completionPercent,
        BigDecimal reachedPercent, int targetsSet, int targetsReached) {
}
