package vn.vusta.thidua.overview;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A unit across years, with the years of the units merged into it under their own names ({@code asUnit}): per
 * cluster-year its role, score, rank, the titles its cluster proposed and those awarded (revoked ones marked).
 * A year known only from the reference data (a published head or deputy, no cycle here) has no business key.
 */
record UnitHistory(UnitName unit, List<UnitName> predecessors, List<Year> years) {

    record Year(int year, int cluster, String clusterName, String businessKey, UnitName asUnit, String role,
            Integer members, BigDecimal score, Integer rank, BigDecimal reachedPercent, List<String> proposed,
            List<Title> awarded) {

        /** Deprecated alias of {@link #reachedPercent()}, sent for one release (docs/api.md). */
        @JsonProperty("completionPercent")
        @Deprecated(forRemoval = true)
        BigDecimal completionPercent() {
            return reachedPercent;
        }
    }

    record Title(String title, String decisionNumber, boolean revoked) {
    }
}
