package vn.vusta.thidua.overview;

import java.math.BigDecimal;
import java.util.List;

/**
 * A unit across years, with the years of the units merged into it under their own names ({@code asUnit}): per
 * cluster-year its role, score, rank, the titles its cluster proposed and those awarded (revoked ones marked).
 * A year known only from the reference data (a published head or deputy, no cycle here) has no business key.
 */
record UnitHistory(UnitName unit, List<UnitName> predecessors, List<Year> years) {

    record Year(int year, int cluster, String clusterName, String businessKey, UnitName asUnit, String role,
            Integer members, BigDecimal score, Integer rank, BigDecimal completionPercent, List<String> proposed,
            List<Title> awarded) {
    }

    record Title(String title, String decisionNumber, boolean revoked) {
    }
}
