package vn.vusta.thidua.registration;

/** Process variables that drive the registration flow (process {@code registration}). */
final class RegistrationVariables {

    /** "submit" or "return", set when the head completes the review */
    static final String REVIEW_DECISION = "registrationDecision";
    /** the unit whose registration the head returned, and why */
    static final String RETURN_UNIT = "returnUnit";
    static final String RETURN_REASON = "returnReason";

    private RegistrationVariables() {
    }
}
