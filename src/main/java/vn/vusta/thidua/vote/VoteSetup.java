package vn.vusta.thidua.vote;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import vn.vusta.thidua.cycle.CycleContext;
import vn.vusta.thidua.rules.Quotas;
import vn.vusta.thidua.rules.Role;
import vn.vusta.thidua.rules.RotationVerdict;
import vn.vusta.thidua.rules.RuleBook;
import vn.vusta.thidua.rules.Title;
import vn.vusta.thidua.rules.Verdict;
import vn.vusta.thidua.rules.VoteRules;
import vn.vusta.thidua.cycle.UnitScore;

/**
 * What a cycle's vote is held on, as the rules answer it: each member's eligibility per title (from its registration
 * and year-end score), whether it may be elected head or deputy, the quotas and the vote rules. Built by
 * {@link VoteSetupFactory}; the same answers serve the forms, the ballot check and the tally.
 */
record VoteSetup(CycleContext cycle, List<UnitScore> scores, Map<String, Map<Title, Verdict>> eligibility,
        Map<String, Map<Role, RotationVerdict>> rotation, Quotas quotas, VoteRules rules, RuleBook book) {

    /** The rotation rule as the tally asks it. */
    TallyInput.RotationRule rotationRule() {
        return (role, outgoingHead, outgoingDeputy) -> book.rotation(cycle.cluster(), cycle.year(), role, outgoingHead,
                outgoingDeputy);
    }

    List<String> members() {
        return cycle.members();
    }

    Set<String> eligibleFor(Title title) {
        Set<String> units = new LinkedHashSet<>();
        members().stream().filter(unit -> eligibility.get(unit).get(title).allowed()).forEach(units::add);
        return units;
    }

    Set<String> electableAs(Role role) {
        Set<String> units = new LinkedHashSet<>();
        members().stream().filter(unit -> rotation.get(unit).get(role).eligible()).forEach(units::add);
        return units;
    }

    BallotContext firstRound() {
        return BallotContext.firstRound(members(), eligibleFor(Title.FLAG), eligibleFor(Title.MERIT),
                electableAs(Role.HEAD), quotas, rules);
    }

    Map<String, BigDecimal> scoreByUnit() {
        return scores.stream().collect(Collectors.toMap(UnitScore::province, UnitScore::score));
    }

    UnitScore scoreOf(String unit) {
        return scores.stream().filter(s -> s.province().equals(unit)).findFirst().orElse(null);
    }
}
