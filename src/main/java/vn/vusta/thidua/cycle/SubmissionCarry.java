package vn.vusta.thidua.cycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

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

    /**
     * What a carry under rule {@code SUM_OF_PARTS} starts from: the parts' latest submissions ({@code carried}, in the
     * parts' order), the successor's own if it has one, and all of them together.
     */
    record Sources<T>(List<T> carried, Optional<T> own, List<T> all, List<String> carriedUnits) {

        /** Empty unless the rule sums the parts and at least one part has submitted. */
        public static <T> Optional<Sources<T>> gather(MergerCarry rule, List<String> parts, String successor,
                Function<String, Optional<T>> latest, Function<T, String> unitOf) {
            if (rule != MergerCarry.SUM_OF_PARTS) {
                return Optional.empty();
            }
            List<T> carried = parts.stream().map(latest).flatMap(Optional::stream).toList();
            if (carried.isEmpty()) {
                return Optional.empty();
            }
            Optional<T> own = latest.apply(successor);
            List<T> all = new ArrayList<>(carried);
            own.ifPresent(all::add);
            return Optional.of(new Sources<>(carried, own, List.copyOf(all), carried.stream().map(unitOf).toList()));
        }

        /** The carried units for a note: "yen-bai, vinh-phuc". */
        public String from() {
            return String.join(", ", carriedUnits);
        }
    }

    Phase phase();

    /** Carries what the parts submitted; answers what was carried, or empty if nothing was. */
    Optional<Carried> carry(String businessKey, String successor, List<String> parts, MergerCarry rule, String actor);
}
