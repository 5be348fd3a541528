package vn.vusta.thidua.rules;

import java.math.BigDecimal;
import java.util.Objects;

import vn.vusta.thidua.reference.VietnameseFormat;

/** A vote threshold: a percentage of a base, either "more than" ({@code strictlyAbove}) or "at least". */
public record Threshold(BigDecimal percent, boolean strictlyAbove) {

    private static final BigDecimal HUNDRED_PERCENT = BigDecimal.valueOf(100);

    public Threshold {
        Objects.requireNonNull(percent, "percent");
    }

    /** Whether {@code votes} out of {@code base} reach the threshold; an empty base never does. */
    public boolean reachedBy(long votes, long base) {
        if (base <= 0) {
            return false;
        }
        int comparison = BigDecimal.valueOf(votes).multiply(HUNDRED_PERCENT)
                .compareTo(percent.multiply(BigDecimal.valueOf(base)));
        return strictlyAbove ? comparison > 0 : comparison >= 0;
    }

    /** E.g. "4/6 phiếu — đạt trên 50 %" or "3/6 phiếu — không đạt trên 50 %". */
    public String explain(long votes, long base) {
        return votes + "/" + base + " phiếu — " + (reachedBy(votes, base) ? "đạt " : "không đạt ") + describe();
    }

    /** E.g. "trên 50 %", "từ 66,67 % trở lên": the rule's percentage as the table states it. */
    public String describe() {
        String number = VietnameseFormat.quantity(percent);
        return strictlyAbove ? "trên " + number + " %" : "từ " + number + " % trở lên";
    }
}
