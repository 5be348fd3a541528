package vn.vusta.thidua.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;

import vn.vusta.thidua.rules.MissingVote;
import vn.vusta.thidua.rules.RuleBook;
import vn.vusta.thidua.rules.Threshold;
import vn.vusta.thidua.rules.Title;
import vn.vusta.thidua.engine.InvalidSubmissionException;

/** The council's count and the decision form's checks, without the engine. */
class CouncilRulesTest {

    private static final Nominee FLAG = new Nominee("vinh-long", Title.FLAG);
    private static final Nominee MERIT = new Nominee("dong-thap", Title.MERIT);
    private static final List<String> COUNCIL = List.of("c1", "c2", "c3", "c4", "c5");
    private final Threshold threshold = RuleBook.standalone().council(2024);

    @Test
    void approvalNeedsMoreThanHalfOfAllCouncilMembersWhetherTheyVotedOrNot() {
        List<CouncilBallot> ballots = List.of(ballot("c1", true, true), ballot("c2", true, true), ballot("c3", true, false));

        List<CouncilTally> tally = TallyCouncilVotesDelegate.count(List.of(FLAG, MERIT), ballots, COUNCIL, threshold);

        assertThat(tally).extracting(t -> t.nominee().key() + " " + t.approvals() + "/" + t.base() + " " + t.approved())
                .containsExactly("vinh-long:FLAG 3/5 true", "dong-thap:MERIT 2/5 false");
        assertThat(tally.get(1).explanation()).isEqualTo("2/5 phiếu — không đạt trên 50 %");
    }

    @Test
    void aMissingVoteCountsAsTheCouncilTableSaysByDefaultAsNotApprovingOverAllMembers() {
        List<CouncilBallot> ballots = List.of(ballot("c1", true, true), ballot("c2", true, false), ballot("c3", false, false));
        RuleBook rules = RuleBook.standalone();

        assertThat(rules.councilMissingVote(2024)).isEqualTo(MissingVote.NOT_APPROVING);
        assertThat(TallyCouncilVotesDelegate.count(List.of(FLAG, MERIT), ballots, COUNCIL, threshold,
                rules.councilMissingVote(2024))).extracting(t -> t.approvals() + "/" + t.base() + " " + t.approved())
                .containsExactly("2/5 false", "1/5 false");
        // a table that leaves missing votes out bases the threshold on the members who voted
        assertThat(TallyCouncilVotesDelegate.count(List.of(FLAG, MERIT), ballots, COUNCIL, threshold,
                MissingVote.NOT_COUNTED)).extracting(t -> t.approvals() + "/" + t.base() + " " + t.approved())
                .containsExactly("2/3 true", "1/3 false");
    }

    @Test
    void exactlyHalfIsNotEnoughAndOnlyBallotsOfTheCouncilCount() {
        List<String> four = List.of("c1", "c2", "c3", "c4");
        List<CouncilBallot> ballots = List.of(ballot("c1", true, true), ballot("c2", true, true), ballot("intruder", true, true));

        assertThat(TallyCouncilVotesDelegate.count(List.of(FLAG), ballots, four, threshold))
                .singleElement().satisfies(t -> {
                    assertThat(t.approvals()).isEqualTo(2);
                    assertThat(t.approved()).isFalse();
                });
    }

    @Test
    void aDecisionNumberMustLookLikeOne() {
        assertThat(List.of("125/QĐ-LHHVN", "7/2024/QĐ-LHHVN", "1234/QĐ-TĐKT-LHHVN"))
                .allMatch(n -> DecisionForm.NUMBER_PATTERN.matcher(n).matches());
        assertThat(List.of("125", "125/QD-LHHVN", "QĐ-LHHVN", "125/QĐ-", "125/qđ-lhhvn", "125 /QĐ-LHHVN"))
                .noneMatch(n -> DecisionForm.NUMBER_PATTERN.matcher(n).matches());
    }

    @Test
    void theDecisionDateIsAnIsoDayNotInTheFutureNorBeforeTheYear() {
        LocalDate today = LocalDate.of(2024, 12, 21);
        assertThat(DecisionForm.read(scope("125/QĐ-LHHVN", "2024-12-21"), 2024, today).date()).isEqualTo(today);
        assertThatThrownBy(() -> DecisionForm.read(scope("125/QĐ-LHHVN", "2024-12-22"), 2024, today))
                .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("không được sau hôm nay");
        assertThatThrownBy(() -> DecisionForm.read(scope("125/QĐ-LHHVN", "2023-12-31"), 2024, today))
                .isInstanceOf(InvalidSubmissionException.class).hasMessageContaining("trước năm thi đua 2024");
        assertThatThrownBy(() -> DecisionForm.read(scope(null, null), 2024, today))
                .isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("decisionNumber — Số quyết định: bắt buộc nhập")
                .hasMessageContaining("decisionDate — Ngày quyết định: bắt buộc nhập");
    }

    private static CouncilBallot ballot(String voter, boolean flag, boolean merit) {
        return new CouncilBallot("cluster-8-2024", voter, List.of(new CouncilBallot.Item(FLAG, flag),
                new CouncilBallot.Item(MERIT, merit)), null, Instant.EPOCH, "task-" + voter);
    }

    /** The submitted values, as the task would answer getVariable. */
    private static VariableScope scope(String number, String date) {
        Map<String, Object> values = new HashMap<>();
        values.put(DecisionForm.NUMBER, number);
        values.put(DecisionForm.DATE, date);
        return (VariableScope) Proxy.newProxyInstance(VariableScope.class.getClassLoader(),
                new Class<?>[] {VariableScope.class}, (proxy, method, args) -> {
                    if ((method.getName().equals("getVariable") || method.getName().equals("getVariableLocal"))
                            && args.length == 1) {
                        return values.get((String) args[0]);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
