package vn.vusta.thidua.overview;

import java.time.Instant;
import java.time.LocalDate;

/** An award of a cluster's year, revoked ones marked with when and why. */
record AwardRow(long id, int year, int cluster, String clusterName, String businessKey, UnitName unit, String title,
        String titleName, String decisionNumber, LocalDate decisionDate, boolean revoked, Instant revokedAt,
        String revocationReason) {
}
