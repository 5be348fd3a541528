package vn.vusta.thidua.council;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The chair's award decision (Quyết định khen thưởng) for one cluster's year: its number and date, who signed it and
 * when, and the head and deputy for next year that it records.
 */
public record AwardDecision(String businessKey, int cluster, int year, String number, LocalDate date, String signedBy,
        Instant signedAt, String nextHead, String nextDeputy, String taskId) {
}
