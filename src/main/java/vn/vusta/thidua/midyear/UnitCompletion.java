package vn.vusta.thidua.midyear;

import java.math.BigDecimal;

/**
 * A unit's mid-year standing: its mean progress over the fields where it set a target, and the share of those
 * targets already reached, both in percent; 100 when it set no target. Not to be confused with the year-end share of
 * targets reached that the eligibility reads ({@code cycle.UnitScore#reachedPercent}); see docs/domain.md.
 */
public record UnitCompletion(String province, int reportVersion, BigDecimal meanProgressPercent,
        BigDecimal reachedPercent, int targetsSet, int targetsReached) {
}
