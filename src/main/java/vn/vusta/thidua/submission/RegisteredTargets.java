package vn.vusta.thidua.submission;

import java.util.List;
import java.util.Optional;

/**
 * What the later phases read of the registration (mid-year and year-end forms show and copy the targets, the vote
 * asks whether a unit registered for a title), so that they do not depend on the registration phase; it implements
 * this.
 */
public interface RegisteredTargets {

    /** The unit's current registration, if it registered. */
    Optional<RegisteredUnit> registered(String businessKey, String unit);

    /** Every unit's current registration, by unit. */
    List<RegisteredUnit> allRegistered(String businessKey);
}
