package vn.vusta.thidua.registration;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** One submission of a unit's registration; a correction is the next version. */
public record Registration(String businessKey, String province, int version, boolean aimFlag, boolean aimMerit,
        boolean covenantAccepted, List<Target> targets, String submittedBy, Instant submittedAt, boolean late,
        String taskId) {

    /** The target in one field of work: a number and what it counts. */
    public record Target(int field, BigDecimal target, String description) {
    }
}
