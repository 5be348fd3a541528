package vn.vusta.thidua.reference;

import java.time.LocalDate;
import java.util.List;

/**
 * Which opened cycles a change of cluster membership touches (implemented by the cycle feature, which this package
 * does not know): asked after an import, so that the administrator is told, never surprised.
 */
public interface MembershipImpact {

    /** Running cycles whose members differ from the reference data on {@code from} (or 1 January of their year, if later). */
    List<AffectedCycle> affectedFrom(LocalDate from);
}
