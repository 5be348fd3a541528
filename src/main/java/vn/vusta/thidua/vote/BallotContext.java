package vn.vusta.thidua.vote;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import vn.vusta.thidua.rules.Quotas;
import vn.vusta.thidua.rules.Title;
import vn.vusta.thidua.rules.VoteRules;

/**
 * What a ballot is checked against: the cluster's members, who is eligible for each title and for head, the quotas
 * and the vote rules. For a runoff ballot, {@code runoffCandidates} lists the tied units (only they may be chosen,
 * and only for {@code runoffTitle}); for the first round it is empty and {@code runoffTitle} is {@code null}.
 */
public record BallotContext(List<String> members, Set<String> eligibleFlag, Set<String> eligibleMerit,
        Set<String> eligibleHead, Quotas quotas, VoteRules rules, Set<String> runoffCandidates, Title runoffTitle) {

    public BallotContext {
        members = List.copyOf(members);
        eligibleFlag = Set.copyOf(eligibleFlag);
        eligibleMerit = Set.copyOf(eligibleMerit);
        eligibleHead = Set.copyOf(eligibleHead);
        Objects.requireNonNull(quotas, "quotas");
        Objects.requireNonNull(rules, "rules");
        runoffCandidates = runoffCandidates == null ? Set.of() : Set.copyOf(runoffCandidates);
        if (!runoffCandidates.isEmpty() && runoffTitle == null) {
            throw new IllegalArgumentException("a runoff ballot needs the title it is for");
        }
    }

    /** The context of a first-round ballot. */
    public static BallotContext firstRound(List<String> members, Set<String> eligibleFlag, Set<String> eligibleMerit,
            Set<String> eligibleHead, Quotas quotas, VoteRules rules) {
        return new BallotContext(members, eligibleFlag, eligibleMerit, eligibleHead, quotas, rules, Set.of(), null);
    }

    /** The context of the runoff ballot the tally asked for: its candidates, for its title, and its seats. */
    public BallotContext forRunoff(Runoff runoff) {
        return new BallotContext(members, eligibleFlag, eligibleMerit, eligibleHead,
                quotas.withSeats(runoff.title(), runoff.seats()), rules, Set.copyOf(runoff.candidates()),
                runoff.title());
    }

    public boolean isRunoff() {
        return runoffTitle != null;
    }

    public Set<String> eligibleFor(Title title) {
        return title == Title.FLAG ? eligibleFlag : eligibleMerit;
    }
}
