package vn.vusta.thidua.rules;

import java.util.Objects;

/** How a cluster's nomination vote is counted (decision {@code vote-rules}). */
public record VoteRules(Threshold threshold, Denominator denominator, boolean selfVoteAllowed, int runoffRounds,
        boolean oneTitlePerUnit) {

    public VoteRules {
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(denominator, "denominator");
        if (runoffRounds < 0) {
            throw new IllegalArgumentException("runoffRounds cannot be negative: " + runoffRounds);
        }
    }
}
