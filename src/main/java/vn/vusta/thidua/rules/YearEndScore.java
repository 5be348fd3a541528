package vn.vusta.thidua.rules;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A unit's year-end score: the total points, the share of targets reached (percent) and the points per field.
 * All figures are rounded to 2 decimals, HALF_UP; the total is the sum of the rounded field points.
 */
public record YearEndScore(BigDecimal total, BigDecimal reachedPercent, Map<Integer, BigDecimal> pointsByField) {

    public YearEndScore {
        pointsByField = Map.copyOf(pointsByField);
    }
}
