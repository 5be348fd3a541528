package vn.vusta.thidua.vote;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

import vn.vusta.thidua.rules.Quotas;
import vn.vusta.thidua.rules.Role;
import vn.vusta.thidua.rules.RotationVerdict;
import vn.vusta.thidua.rules.Title;
import vn.vusta.thidua.rules.Verdict;
import vn.vusta.thidua.rules.VoteRules;

/**
 * Everything the tally needs, gathered by the vote phase: the members, the first-round ballots, the runoffs held so
 * far (each with the {@link Runoff} it was for and its ballots, in the order held), how many units voted, each unit's
 * eligibility per title, the year-end scores (for tie-breaks; a unit without a score counts as 0), the quotas and vote
 * rules, this year's head and deputy, and the rotation rule (typically
 * {@code (role, head, deputy) -> ruleBook.rotation(cluster, year, role, head, deputy)}), and how the explanations
 * name a unit (its province's name; the code itself by default).
 */
public record TallyInput(List<String> members, List<Ballot> ballots, List<RunoffRound> runoffs, int present,
        Map<String, Map<Title, Verdict>> eligibility, Map<String, BigDecimal> scores, Quotas quotas, VoteRules rules,
        String outgoingHead, String outgoingDeputy, RotationRule rotation, UnaryOperator<String> names) {

    /** A runoff that was held: what it was for and the ballots cast in it. */
    public record RunoffRound(Runoff runoff, List<Ballot> ballots) {

        public RunoffRound {
            Objects.requireNonNull(runoff, "runoff");
            ballots = List.copyOf(ballots);
        }
    }

    /** Who may be elected to a role, given whether the unit is this year's head or deputy. */
    @FunctionalInterface
    public interface RotationRule {
        RotationVerdict verdict(Role role, boolean outgoingHead, boolean outgoingDeputy);
    }

    public TallyInput {
        members = List.copyOf(members);
        if (members.isEmpty() || new HashSet<>(members).size() != members.size()) {
            throw new IllegalArgumentException("members must be a non-empty list of distinct unit codes: " + members);
        }
        ballots = List.copyOf(ballots);
        runoffs = List.copyOf(runoffs);
        if (ballots.size() > members.size() || present < 0 || present > members.size()) {
            throw new IllegalArgumentException(ballots.size() + " ballots and " + present + " present units for "
                    + members.size() + " members");
        }
        eligibility = Map.copyOf(eligibility);
        scores = Map.copyOf(scores);
        Objects.requireNonNull(quotas, "quotas");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(rotation, "rotation");
        names = names == null ? UnaryOperator.identity() : names;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The runoffs held for one title, in the order held. */
    public List<RunoffRound> runoffsFor(Title title) {
        return runoffs.stream().filter(round -> round.runoff().title() == title).toList();
    }

    /** The unit's eligibility for a title; {@code null} if it was not assessed. */
    public Verdict eligibilityOf(String unit, Title title) {
        return eligibility.getOrDefault(unit, Map.of()).get(title);
    }

    /** The unit as the explanations name it. */
    public String nameOf(String unit) {
        return names.apply(unit);
    }

    public BigDecimal scoreOf(String unit) {
        return scores.getOrDefault(unit, BigDecimal.ZERO);
    }

    public RotationVerdict rotationOf(String unit, Role role) {
        return rotation.verdict(role, unit.equals(outgoingHead), unit.equals(outgoingDeputy));
    }

    /** Builds a {@link TallyInput}; {@code present} defaults to the number of first-round ballots. */
    public static final class Builder {
        private List<String> members = List.of();
        private List<Ballot> ballots = List.of();
        private final List<RunoffRound> runoffs = new ArrayList<>();
        private Integer present;
        private Map<String, Map<Title, Verdict>> eligibility = Map.of();
        private Map<String, BigDecimal> scores = Map.of();
        private Quotas quotas;
        private VoteRules rules;
        private String outgoingHead;
        private String outgoingDeputy;
        private RotationRule rotation;
        private UnaryOperator<String> names;

        private Builder() {
        }

        public Builder members(List<String> members) {
            this.members = members;
            return this;
        }

        public Builder ballots(List<Ballot> ballots) {
            this.ballots = ballots;
            return this;
        }

        /** Adds a runoff that was held, with its ballots; call once per runoff, in the order held. */
        public Builder runoff(Runoff runoff, List<Ballot> runoffBallots) {
            runoffs.add(new RunoffRound(runoff, runoffBallots));
            return this;
        }

        public Builder present(int present) {
            this.present = present;
            return this;
        }

        public Builder eligibility(Map<String, Map<Title, Verdict>> eligibility) {
            this.eligibility = eligibility;
            return this;
        }

        public Builder scores(Map<String, BigDecimal> scores) {
            this.scores = scores;
            return this;
        }

        public Builder quotas(Quotas quotas) {
            this.quotas = quotas;
            return this;
        }

        public Builder rules(VoteRules rules) {
            this.rules = rules;
            return this;
        }

        public Builder outgoing(String head, String deputy) {
            this.outgoingHead = head;
            this.outgoingDeputy = deputy;
            return this;
        }

        public Builder rotation(RotationRule rotation) {
            this.rotation = rotation;
            return this;
        }

        /** How the explanations name a unit, e.g. {@code VietnameseFormat::unit}. */
        public Builder names(UnaryOperator<String> names) {
            this.names = names;
            return this;
        }

        public TallyInput build() {
            return new TallyInput(members, ballots, runoffs, present == null ? ballots.size() : present, eligibility,
                    scores, quotas, rules, outgoingHead, outgoingDeputy, rotation, names);
        }
    }
}
