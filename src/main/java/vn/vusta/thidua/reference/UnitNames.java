package vn.vusta.thidua.reference;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.vusta.thidua.engine.EngineClock;

/**
 * How reports of a year name a unit: the name of that time (Thừa Thiên Huế in 2024, Huế from 2025), and for a unit
 * merged into another since, the successor of today as well: "Bến Tre (nay thuộc Vĩnh Long)". History is not
 * rewritten: an award of 2024 to Bến Tre stays Bến Tre's.
 */
@Component
public class UnitNames {

    private final ProvinceHistory history;
    private final Clock clock;

    UnitNames(ProvinceHistory history, Clock clock) {
        this.history = history;
        this.clock = clock;
    }

    /** The unit's name on 1 January of the year. */
    public String ofYear(String code, int year) {
        return history.nameOn(code, LocalDate.of(year, 1, 1));
    }

    /** The name of the year, with "(nay thuộc …)" when the unit has since been merged into another. */
    public String ofYearWithSuccessor(String code, int year) {
        return ofYear(code, year) + successorOf(code).map(s -> " (nay thuộc " + history.nameOn(s.successorCode(), today())
                + ")").orElse("");
    }

    /** The succession that has dissolved the unit by today, if any. */
    public Optional<ProvinceSuccession> successorOf(String code) {
        return history.absorbedOn(code, today());
    }

    public String today(String code) {
        return history.nameOn(code, today());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), EngineClock.VIETNAM);
    }
}
