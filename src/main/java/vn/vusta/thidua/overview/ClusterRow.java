package vn.vusta.thidua.overview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One cluster in one year: its cycle's current phase and deadline, how many members have submitted in that phase, are
 * late or were closed without a submission (null where the phase has no task per unit) and the share of members done
 * with it ({@code settledPercent}), head and deputy, the year-end scores for the chart, and whether something is late. A cluster whose cycle is not opened has no business key.
 */
record ClusterRow(int cluster, String clusterName, int year, String businessKey, String phase, String phaseLabel,
        LocalDate due, UnitName head, UnitName deputy, int members, Integer submitted, Integer late,
        Integer closedWithoutSubmission, List<UnitName> lateUnits, int settledPercent, List<BigDecimal> scores,
        boolean somethingLate) {

    /** Deprecated alias of {@link #settledPercent()}, sent for one release (docs/api.md). */
    @JsonProperty("completionPercent")
    @Deprecated(forRemoval = true)
    int completionPercent() {
        return settledPercent;
    }
}
