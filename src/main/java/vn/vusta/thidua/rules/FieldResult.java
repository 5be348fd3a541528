package vn.vusta.thidua.rules;

import java.math.BigDecimal;
import java.util.Objects;

/** A unit's target and year-end result in one field of work (1..8, see docs/domain.md). */
public record FieldResult(int field, BigDecimal target, BigDecimal result) {

    public FieldResult {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(result, "result");
        if (target.signum() < 0 || result.signum() < 0) {
            throw new IllegalArgumentException("field " + field + ": target and result cannot be negative");
        }
    }

    /** Whether a target was set for this field (a zero target scores as fully achieved, see RuleBook#score). */
    public boolean hasTarget() {
        return target.signum() > 0;
    }

    public boolean targetReached() {
        return result.compareTo(target) >= 0;
    }
}
