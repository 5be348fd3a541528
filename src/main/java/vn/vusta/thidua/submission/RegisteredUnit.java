package vn.vusta.thidua.submission;

import java.math.BigDecimal;
import java.util.List;

/**
 * A unit's current registration as the later phases read it: the titles it aims for and its target per field of
 * work (a target of 0 asks nothing of the unit in that field).
 */
public record RegisteredUnit(String province, boolean aimFlag, boolean aimMerit, List<Target> targets) {

    /** The target in one field of work: a number and what it counts. */
    public record Target(int field, BigDecimal target, String description) {
    }
}
