package vn.vusta.thidua.yearend;

/** Process variables that drive the year-end flow (process {@code year-end}). */
final class SummaryVariables {

    /** "submit" or "return", set when the head completes the review */
    static final String REVIEW_DECISION = "resultsDecision";
    /** the unit whose report the head returned, and why */
    static final String RETURN_UNIT = "returnUnit";
    static final String RETURN_REASON = "returnReason";

    private SummaryVariables() {
    }
}
