package vn.vusta.thidua.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.vusta.thidua.rules.Denominator;
import vn.vusta.thidua.rules.Quotas;
import vn.vusta.thidua.rules.RuleBook;
import vn.vusta.thidua.rules.Threshold;
import vn.vusta.thidua.rules.Title;
import vn.vusta.thidua.rules.Verdict;
import vn.vusta.thidua.rules.VoteRules;

class VoteTallyTest {

    private static final RuleBook RULES = RuleBook.standalone();
    private static final int CLUSTER = 1;
    private static final int YEAR = 2024;

    private final VoteTally tally = new VoteTally();

    // ---- fixtures: units "u1".."uN", u1 outgoing head, u2 outgoing deputy, all eligible unless said otherwise

    private static List<String> members(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "u" + i).toList();
    }

    private static Map<String, Map<Title, Verdict>> allEligible(List<String> members) {
        Map<String, Map<Title, Verdict>> eligibility = new HashMap<>();
        members.forEach(unit -> eligibility.put(unit,
                Map.of(Title.FLAG, new Verdict(true, "đủ điều kiện"), Title.MERIT, new Verdict(true, "đủ điều kiện"))));
        return eligibility;
    }

    private static TallyInput.Builder input(List<String> members, List<Ballot> ballots) {
        return TallyInput.builder().members(members).ballots(ballots)
                .eligibility(allEligible(members))
                .quotas(RULES.quotas(CLUSTER, YEAR, members.size()))
                .rules(RULES.voteRules(CLUSTER, YEAR))
                .outgoing(members.get(0), members.get(1))
                .rotation((role, head, deputy) -> RULES.rotation(CLUSTER, YEAR, role, head, deputy));
    }

    private static Ballot flag(String... units) {
        return new Ballot(Set.of(units), Set.of(), "u3", "u4");
    }

    private static Ballot flagAndMerit(Set<String> flag, Set<String> merit) {
        return new Ballot(flag, merit, "u3", "u4");
    }

    private static List<Ballot> times(int count, Ballot ballot) {
        return IntStream.range(0, count).mapToObj(i -> ballot).toList();
    }

    @SafeVarargs
    private static List<Ballot> concat(List<Ballot>... parts) {
        List<Ballot> all = new ArrayList<>();
        for (List<Ballot> part : parts) {
            all.addAll(part);
        }
        return all;
    }

    private static VoteRules withDenominator(Denominator denominator) {
        VoteRules defaults = RULES.voteRules(CLUSTER, YEAR);
        return new VoteRules(defaults.threshold(), denominator, defaults.selfVoteAllowed(), defaults.runoffRounds(),
                defaults.oneTitlePerUnit());
    }

    // ---- threshold

    @Test
    void shouldNotProposeANomineeWithExactlyHalfOfTheMembers() {
        TallyResult result = tally.tally(input(members(6), concat(times(3, flag("u3")), times(3, flag()))).build());

        NomineeOutcome u3 = result.outcomeOf("u3", Title.FLAG);
        assertThat(u3.proposed()).isFalse();
        assertThat(u3.votes()).isEqualTo(3);
        assertThat(u3.threshold()).isEqualTo("3/6 phiếu — không đạt trên 50 %");
        assertThat(u3.reason()).isEqualTo("không đạt ngưỡng");
        assertThat(u3.rank()).isNull();
        assertThat(result.proposed(Title.FLAG)).isEmpty();
    }

    @Test
    void shouldProposeANomineeWithHalfOfTheMembersPlusOne() {
        TallyResult result = tally.tally(input(members(6), concat(times(4, flag("u3")), times(2, flag()))).build());

        NomineeOutcome u3 = result.outcomeOf("u3", Title.FLAG);
        assertThat(u3.proposed()).isTrue();
        assertThat(u3.threshold()).isEqualTo("4/6 phiếu — đạt trên 50 %");
        assertThat(u3.rank()).isEqualTo(1);
        assertThat(u3.reason()).isEqualTo("đạt ngưỡng, trong chỉ tiêu");
        assertThat(result.proposed(Title.FLAG)).containsExactly("u3");
        assertThat(result.isFinal()).isTrue();
    }

    @Test
    void shouldProposeNobodyWhenEveryBallotAbstains() {
        TallyResult result = tally.tally(input(members(6), times(6, flag())).build());

        assertThat(result.proposed(Title.FLAG)).isEmpty();
        assertThat(result.proposed(Title.MERIT)).isEmpty();
        assertThat(result.outcomes(Title.FLAG)).allSatisfy(o -> assertThat(o.reason()).isEqualTo("không đạt ngưỡng"));
        assertThat(result.election().head()).isEqualTo("u3");
    }

    @Test
    void shouldCountAUnitThatDidNotVoteInTheBaseOfAllMembers() {
        List<Ballot> fiveOfSix = concat(times(3, flag("u3")), times(2, flag()));

        TallyResult allMembers = tally.tally(input(members(6), fiveOfSix).build());
        TallyResult present = tally.tally(input(members(6), fiveOfSix).rules(withDenominator(Denominator.PRESENT)).build());

        assertThat(allMembers.outcomeOf("u3", Title.FLAG).threshold()).isEqualTo("3/6 phiếu — không đạt trên 50 %");
        assertThat(allMembers.proposed(Title.FLAG)).isEmpty();
        assertThat(present.outcomeOf("u3", Title.FLAG).threshold()).isEqualTo("3/5 phiếu — đạt trên 50 %");
        assertThat(present.proposed(Title.FLAG)).containsExactly("u3");
    }

    @Test
    void shouldCountEmptyBallotsInTheBaseOfValidBallots() {
        List<Ballot> ballots = concat(times(2, flag("u3")), times(2, flag()));

        TallyResult result = tally.tally(input(members(6), ballots).present(5)
                .rules(withDenominator(Denominator.VALID_BALLOTS)).build());

        assertThat(result.outcomeOf("u3", Title.FLAG).threshold()).isEqualTo("2/4 phiếu — không đạt trên 50 %");
    }

    // ---- eligibility, one title per unit, quota

    @Test
    void shouldListIneligibleMembersWithTheirEligibilityReason() {
        Map<String, Map<Title, Verdict>> eligibility = allEligible(members(6));
        eligibility.put("u5", Map.of(Title.FLAG, new Verdict(false, "xếp hạng thấp hơn nửa đầu cụm"),
                Title.MERIT, new Verdict(false, "không đăng ký danh hiệu")));

        TallyResult result = tally.tally(input(members(6), times(5, flag("u5"))).eligibility(eligibility).build());

        assertThat(result.outcomes(Title.FLAG)).extracting(NomineeOutcome::unit)
                .containsExactlyInAnyOrderElementsOf(members(6));
        assertThat(result.outcomeOf("u5", Title.FLAG).reason()).isEqualTo("xếp hạng thấp hơn nửa đầu cụm");
        assertThat(result.outcomeOf("u5", Title.FLAG).proposed()).isFalse();
        assertThat(result.outcomeOf("u5", Title.MERIT).reason()).isEqualTo("không đăng ký danh hiệu");
    }

    @Test
    void shouldGiveAUnitThatWinsBothTitlesOnlyTheFlag() {
        // with more than half of all members and one title per ballot, no unit can reach both thresholds;
        // a cluster rule of "more than 30 %" makes it possible
        VoteRules defaults = RULES.voteRules(CLUSTER, YEAR);
        VoteRules moreThanThirtyPercent = new VoteRules(new Threshold(new BigDecimal("30"), true),
                defaults.denominator(), false, defaults.runoffRounds(), true);
        List<Ballot> ballots = concat(times(5, flagAndMerit(Set.of("u3"), Set.of("u4"))),
                times(3, flagAndMerit(Set.of(), Set.of("u3"))));

        TallyResult result = tally.tally(input(members(8), ballots).rules(moreThanThirtyPercent).build());

        assertThat(result.proposed(Title.FLAG)).containsExactly("u3");
        assertThat(result.proposed(Title.MERIT)).containsExactly("u4");
        NomineeOutcome u3 = result.outcomeOf("u3", Title.MERIT);
        assertThat(u3.threshold()).isEqualTo("3/8 phiếu — đạt trên 30 %");
        assertThat(u3.proposed()).isFalse();
        assertThat(u3.reason()).isEqualTo("đã được đề nghị Cờ thi đua — mỗi đơn vị chỉ nhận một danh hiệu");
    }

    @Test
    void shouldSeatOnlyTheQuotaWhenMoreNomineesReachTheThreshold() {
        // 9 members, 2 flags: u3 7 votes, u4 6, u5 5 — all above 4.5
        List<Ballot> ballots = concat(times(4, flag("u3", "u4")), times(3, flag("u3", "u5")), times(2, flag("u4", "u5")));

        TallyResult result = tally.tally(input(members(9), ballots).build());

        assertThat(result.proposed(Title.FLAG)).containsExactly("u3", "u4");
        NomineeOutcome u5 = result.outcomeOf("u5", Title.FLAG);
        assertThat(u5.threshold()).isEqualTo("5/9 phiếu — đạt trên 50 %");
        assertThat(u5.proposed()).isFalse();
        assertThat(u5.rank()).isEqualTo(3);
        assertThat(u5.reason()).isEqualTo("vượt chỉ tiêu (tối đa 2 Cờ thi đua)");
        assertThat(result.outcomes(Title.FLAG)).extracting(NomineeOutcome::unit).startsWith("u3", "u4", "u5");
    }

    // ---- ties

    @Test
    void shouldAskForARunoffWhenATieCrossesTheQuotaBoundary() {
        // u3: 6, u4: 5, u5: 5 → u3 takes the first seat, u4 and u5 tie for the second
        List<Ballot> ballots = concat(times(3, flag("u3", "u4")), times(2, flag("u4", "u5")), times(3, flag("u3", "u5")));

        TallyResult result = tally.tally(input(members(8), ballots).build());

        assertThat(result.outcomeOf("u3", Title.FLAG).votes()).isEqualTo(6);
        assertThat(result.runoffNeeded()).contains(new Runoff(Title.FLAG, List.of("u4", "u5"), 1));
        assertThat(result.isFinal()).isFalse();
        assertThat(result.proposed(Title.FLAG)).isEmpty();
        assertThat(result.outcomeOf("u4", Title.FLAG).reason()).isEqualTo("hoà phiếu ở ranh giới chỉ tiêu — cần bầu lại");
        assertThat(result.outcomeOf("u3", Title.FLAG).reason()).isEqualTo("đạt ngưỡng, trong chỉ tiêu — chờ kết quả bầu lại");
        assertThat(result.outcomeOf("u3", Title.FLAG).rank()).isEqualTo(1);
        assertThat(result.outcomeOf("u4", Title.FLAG).rank()).isNull();
        assertThat(result.proposed(Title.MERIT)).isEmpty();
        assertThat(result.outcomeOf("u6", Title.MERIT).reason()).isEqualTo("chờ kết quả bầu lại Cờ thi đua");
        assertThat(result.election().head()).isEqualTo("u3");
    }

    @Test
    void shouldSeatTheRunoffWinner() {
        List<Ballot> ballots = concat(times(3, flag("u3", "u4")), times(2, flag("u4", "u5")), times(3, flag("u3", "u5")));
        Runoff runoff = new Runoff(Title.FLAG, List.of("u4", "u5"), 1);
        List<Ballot> runoffBallots = concat(times(5, new Ballot(Set.of("u5"), Set.of(), null, null)),
                times(3, new Ballot(Set.of("u4"), Set.of(), null, null)));

        TallyResult result = tally.tally(input(members(8), ballots).runoff(runoff, runoffBallots).build());

        assertThat(result.isFinal()).isTrue();
        assertThat(result.proposed(Title.FLAG)).containsExactly("u3", "u5");
        assertThat(result.outcomeOf("u5", Title.FLAG).reason()).isEqualTo("thắng khi bầu lại (5 phiếu)");
        assertThat(result.outcomeOf("u5", Title.FLAG).rank()).isEqualTo(2);
        assertThat(result.outcomeOf("u4", Title.FLAG).reason()).isEqualTo("thua khi bầu lại (3 phiếu)");
        assertThat(result.outcomeOf("u4", Title.FLAG).rank()).isEqualTo(3);
    }

    @Test
    void shouldLetTheHigherYearEndScoreWinATieThatSurvivesTheRunoff() {
        List<Ballot> ballots = concat(times(3, flag("u3", "u4")), times(2, flag("u4", "u5")), times(3, flag("u3", "u5")));
        Runoff runoff = new Runoff(Title.FLAG, List.of("u4", "u5"), 1);
        List<Ballot> runoffBallots = concat(times(4, new Ballot(Set.of("u5"), Set.of(), null, null)),
                times(4, new Ballot(Set.of("u4"), Set.of(), null, null)));
        Map<String, BigDecimal> scores = Map.of("u3", new BigDecimal("110"), "u4", new BigDecimal("104.5"),
                "u5", new BigDecimal("103.75"));

        TallyResult result = tally.tally(input(members(8), ballots).runoff(runoff, runoffBallots).scores(scores).build());

        assertThat(result.proposed(Title.FLAG)).containsExactly("u3", "u4");
        assertThat(result.outcomeOf("u4", Title.FLAG).reason()).isEqualTo("hoà khi bầu lại — điểm tổng kết cao hơn");
        assertThat(result.outcomeOf("u5", Title.FLAG).reason()).isEqualTo("hoà khi bầu lại — điểm tổng kết thấp hơn");
        assertThat(result.isFinal()).isTrue();
    }

    @Test
    void shouldLetTheScoreDecideATieAtOnceWhenNoRunoffIsAllowed() {
        VoteRules defaults = RULES.voteRules(CLUSTER, YEAR);
        VoteRules noRunoff = new VoteRules(defaults.threshold(), defaults.denominator(), false, 0, true);
        List<Ballot> ballots = concat(times(3, flag("u3", "u4")), times(2, flag("u4", "u5")), times(3, flag("u3", "u5")));

        TallyResult result = tally.tally(input(members(8), ballots).rules(noRunoff)
                .scores(Map.of("u4", new BigDecimal("90"), "u5", new BigDecimal("95"))).build());

        assertThat(result.runoffNeeded()).isEmpty();
        assertThat(result.proposed(Title.FLAG)).containsExactly("u3", "u5");
        assertThat(result.outcomeOf("u5", Title.FLAG).reason()).isEqualTo("hoà phiếu — điểm tổng kết cao hơn");
    }

    @Test
    void shouldRefuseARunoffHeldAmongOtherCandidates() {
        List<Ballot> ballots = concat(times(3, flag("u3", "u4")), times(2, flag("u4", "u5")), times(3, flag("u3", "u5")));
        TallyInput wrongRunoff = input(members(8), ballots)
                .runoff(new Runoff(Title.FLAG, List.of("u3", "u4"), 1), times(8, flag("u4"))).build();

        assertThatThrownBy(() -> tally.tally(wrongRunoff)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("tie to settle is among [u4, u5]");
    }

    // ---- cluster sizes

    @ParameterizedTest(name = "{0} members → {1} flag(s), {2} certificate(s)")
    @CsvSource({ "6, 1, 1", "7, 1, 1", "8, 2, 2", "9, 2, 2" })
    void shouldProposeUpToTheQuotaOfTheClusterSize(int size, int flags, int merits) {
        List<String> members = members(size);
        Quotas quotas = RULES.quotas(CLUSTER, YEAR, size);
        // each unit proposes the first units of the list it may choose: not itself, within the quota
        List<Ballot> ballots = members.stream().map(voter -> {
            Set<String> flag = new LinkedHashSet<>(members.stream().filter(u -> !u.equals(voter)).limit(quotas.flags()).toList());
            Set<String> merit = new LinkedHashSet<>(members.stream().filter(u -> !u.equals(voter) && !flag.contains(u))
                    .limit(quotas.merits()).toList());
            return new Ballot(flag, merit, "u3", "u4");
        }).toList();

        TallyResult result = tally.tally(input(members, ballots).build());

        assertThat(quotas).isEqualTo(new Quotas(flags, merits));
        assertThat(result.proposed(Title.FLAG)).hasSize(flags).doesNotContainAnyElementsOf(result.proposed(Title.MERIT));
        assertThat(result.proposed(Title.MERIT)).hasSize(merits);
        assertThat(result.outcomes(Title.FLAG)).hasSize(size);
        assertThat(result.outcomes(Title.MERIT)).hasSize(size);
    }

    // ---- head and deputy

    @Test
    void shouldNotElectTheOutgoingHeadAsHead() {
        List<Ballot> ballots = concat(times(4, new Ballot(Set.of(), Set.of(), "u1", "u4")),
                times(2, new Ballot(Set.of(), Set.of(), "u5", "u4")));

        ElectionOutcome election = tally.tally(input(members(6), ballots).build()).election();

        assertThat(election.head()).isEqualTo("u5");
        assertThat(election.headVotes()).isEqualTo(2);
        assertThat(election.deputy()).isEqualTo("u4");
    }

    @Test
    void shouldBreakAHeadTieByTheHigherYearEndScore() {
        List<Ballot> ballots = concat(times(3, new Ballot(Set.of(), Set.of(), "u3", "u2")),
                times(3, new Ballot(Set.of(), Set.of(), "u4", "u2")));

        ElectionOutcome election = tally.tally(input(members(6), ballots)
                .scores(Map.of("u3", new BigDecimal("98"), "u4", new BigDecimal("101"))).build()).election();

        assertThat(election.head()).isEqualTo("u4");
        assertThat(election.explanation()).contains("Cụm trưởng năm sau: u4 (3/6 phiếu) — hoà phiếu với u3, điểm tổng kết cao hơn");
    }

    @Test
    void shouldPreferTheOutgoingDeputyWhenHeadCandidatesTieOnVotesAndScore() {
        List<Ballot> ballots = concat(times(3, new Ballot(Set.of(), Set.of(), "u3", "u4")),
                times(3, new Ballot(Set.of(), Set.of(), "u2", "u4")));

        assertThat(tally.tally(input(members(6), ballots).build()).election().head()).isEqualTo("u2");
    }

    @Test
    void shouldElectAsDeputyTheRunnerUpWhenTheDeputyVotesWentToTheElectedHead() {
        List<Ballot> ballots = concat(times(4, new Ballot(Set.of(), Set.of(), "u3", "u6")),
                times(2, new Ballot(Set.of(), Set.of(), "u6", "u3")));

        ElectionOutcome election = tally.tally(input(members(6), ballots).build()).election();

        assertThat(election.head()).isEqualTo("u3");
        assertThat(election.deputy()).isEqualTo("u6");
        assertThat(election.deputyVotes()).isEqualTo(4);
    }
}
