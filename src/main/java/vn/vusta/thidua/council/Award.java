package vn.vusta.thidua.council;

import java.time.Instant;
import java.time.LocalDate;

import vn.vusta.thidua.rules.Title;

/**
 * A title awarded to a member unit by a decision. Never edited; {@code revocation} is set once the award has been
 * revoked (an award obtained through false reports is revoked, Law 06/2022/QH15).
 */
record Award(long id, String businessKey, int year, int cluster, String unit, Title title, String decisionNumber,
        LocalDate decisionDate, Instant recordedAt, Revocation revocation) {

    record Revocation(String reason, String revokedBy, Instant revokedAt) {
    }

    String status() {
        return revocation == null ? "ACTIVE" : "REVOKED";
    }
}
