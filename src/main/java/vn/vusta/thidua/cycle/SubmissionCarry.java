package vn.vusta.thidua.cycle;

import java.util.List;
import java.util.Optional;

import vn.vusta.thidua.rules.MergerCarry;

/**
 * A phase's part of a merger during the cycle: carries the current submissions of the units merged away
 * ({@code parts}) to their {@code successor}, as the DMN {@code merger} rule says. Each phase package that stores
 * submissions provides one bean; the parts' own rows are never changed.
 */
public interface SubmissionCarry {

    /** The successor's new version and the parts whose submissions it carries (those that had submitted). */
    record Carried(int version, List<String> from) {
    }

    Phase phase();

    /** Carries what the parts submitted; answers what was carried, or empty if nothing was. */
    Optional<Carried> carry(String businessKey, String successor, List<String> parts, MergerCarry rule, String actor);
}
