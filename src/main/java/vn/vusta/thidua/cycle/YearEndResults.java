package vn.vusta.thidua.cycle;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** A unit's latest year-end report as the council's dossier reads it; the year-end phase implements it. */
public interface YearEndResults {

    Optional<UnitResults> latestResults(String businessKey, String unit);

    /** The figures per field of work and the unit's own account of its achievements. */
    record UnitResults(List<FieldResult> fields, String achievements) {
    }

    record FieldResult(int field, BigDecimal target, BigDecimal result) {
    }
}
