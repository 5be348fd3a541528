package vn.vusta.thidua.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CouncilDecisionTest {

    private static final RuleBook RULES = RuleBook.standalone();

    @Test
    void shouldRequireMoreThanHalfOfAllCouncilMembers() {
        Threshold threshold = RULES.council(2024);

        assertThat(threshold.percent()).isEqualByComparingTo("50");
        assertThat(threshold.strictlyAbove()).isTrue();
        assertThat(threshold.reachedBy(8, 15)).isTrue();
        assertThat(threshold.reachedBy(7, 15)).isFalse();
        assertThat(threshold.reachedBy(5, 10)).isFalse();
        assertThat(threshold.reachedBy(6, 10)).isTrue();
    }
}
