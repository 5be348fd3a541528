package vn.vusta.thidua.rules;

/** Whether a unit may be nominated for a title, and why (Vietnamese, shown in the minutes). */
public record Verdict(boolean allowed, String reason) {
}
