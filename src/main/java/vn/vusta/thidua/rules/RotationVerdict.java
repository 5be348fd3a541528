package vn.vusta.thidua.rules;

/** Whether a unit may be elected to a role for next year, whether it is the default candidate, and why. */
public record RotationVerdict(boolean eligible, boolean defaultCandidate, String reason) {
}
