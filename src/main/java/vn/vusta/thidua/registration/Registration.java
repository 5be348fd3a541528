package vn.vusta.thidua.registration;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import vn.vusta.thidua.submission.RegisteredUnit;
import vn.vusta.thidua.submission.Submission;

/** One submission of a unit's registration; a correction is the next version. */
public record Registration(String businessKey, String province, int version, boolean aimFlag, boolean aimMerit,
        boolean covenantAccepted, List<Target> targets, String submittedBy, Instant submittedAt, boolean late,
        String taskId) implements Submission {

    /** The target in one field of work: a number and what it counts. */
    public record Target(int field, BigDecimal target, String description) {
    }

    /** As the later phases read it. */
    public RegisteredUnit registered() {
        return new RegisteredUnit(province, aimFlag, aimMerit, targets.stream()
                .map(t -> new RegisteredUnit.Target(t.field(), t.target(), t.description())).toList());
    }
}
