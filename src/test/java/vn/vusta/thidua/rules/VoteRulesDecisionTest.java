package vn.vusta.thidua.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class VoteRulesDecisionTest {

    private static final RuleBook RULES = RuleBook.standalone();

    @Test
    void shouldRequireMoreThanHalfOfAllMembersWithoutSelfVoteOneRunoffAndOneTitlePerUnit() {
        VoteRules rules = RULES.voteRules(8, 2024);

        assertThat(rules.threshold().percent()).isEqualByComparingTo("50");
        assertThat(rules.threshold().strictlyAbove()).isTrue();
        assertThat(rules.denominator()).isEqualTo(Denominator.ALL_MEMBERS);
        assertThat(rules.selfVoteAllowed()).isFalse();
        assertThat(rules.runoffRounds()).isEqualTo(1);
        assertThat(rules.oneTitlePerUnit()).isTrue();
    }

    @Test
    void shouldApplyTheDefaultRowToAnyClusterAndYear() {
        assertThat(RULES.voteRules(1, 2022)).isEqualTo(RULES.voteRules(9, 2030));
    }

    @Test
    void shouldExplainTheThresholdInVietnamese() {
        Threshold threshold = RULES.voteRules(8, 2024).threshold();

        assertThat(threshold.explain(4, 6)).isEqualTo("4/6 phiếu — đạt trên 50 %");
        assertThat(threshold.explain(3, 6)).isEqualTo("3/6 phiếu — không đạt trên 50 %");
        assertThat(threshold.percent()).isEqualByComparingTo(BigDecimal.valueOf(50));
    }
}
