package vn.vusta.thidua.overview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One cycle as the overview shows it. Nothing here says what a unit voted: the vote shows per round which units took
 * part and per nominee the aggregated outcome; the council shows its counts per nominee and which members voted.
 */
record CycleDetails(String businessKey, int cluster, String clusterName, int year, String phase, String phaseLabel,
        LocalDate openedOn, LocalDate closedOn, UnitName head, UnitName deputy, List<Step> timeline, List<UnitRow> units,
        List<Ranked> ranking, Vote vote, Council council, List<Document> documents, String exportHref) {

    /** A phase on the timeline: {@code state} is DONE, CURRENT or UPCOMING; counts are null without tasks per unit. */
    record Step(String phase, String label, LocalDate due, String state, Integer submitted, Integer late,
            Integer closedWithoutSubmission) {
    }

    /** A member and, per phase reached, where it stands. */
    record UnitRow(UnitName unit, String role, Map<String, UnitPhase> phases) {
    }

    record UnitPhase(String standing, String label, boolean late, LocalDate due, LocalDate submittedOn) {
    }

    /** {@code reachedPercent}: the share of the unit's targets it reached (what the eligibility table reads). */
    record Ranked(int rank, UnitName unit, BigDecimal score, BigDecimal reachedPercent) {

        /** Deprecated alias of {@link #reachedPercent()}, sent for one release (docs/api.md). */
        @JsonProperty("completionPercent")
        @Deprecated(forRemoval = true)
        BigDecimal completionPercent() {
            return reachedPercent;
        }
    }

    record Vote(List<Round> rounds, List<Outcome> outcomes, Election election) {
    }

    /** Who took part in one round, never what they voted. */
    record Round(int number, String runoffTitle, int members, List<UnitName> voted) {
    }

    /** E.g. Vĩnh Long, Cờ thi đua, "5/6 phiếu — đạt trên 50 %", proposed, "đủ điều kiện, đạt ngưỡng …". */
    record Outcome(UnitName unit, String title, long votes, long base, String threshold, Integer rank, boolean proposed,
            String reason) {
    }

    record Election(UnitName head, long headVotes, UnitName deputy, long deputyVotes, String explanation) {
    }

    record Council(List<Approval> approvals, List<String> voters, Decision decision, List<Award> awards) {
    }

    record Approval(UnitName unit, String title, int approvals, int base, boolean approved, String explanation) {
    }

    record Decision(String number, LocalDate date, String signedBy) {
    }

    record Award(UnitName unit, String title, String decisionNumber, LocalDate decisionDate, boolean revoked,
            String revocationReason) {
    }

    record Document(String kind, String name, int version, String format, String href) {
    }
}
