package vn.vusta.thidua.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ScoreDecisionTest {

    private static final RuleBook RULES = RuleBook.standalone();

    private static FieldResult field(int field, String target, String result) {
        return new FieldResult(field, new BigDecimal(target), new BigDecimal(result));
    }

    private static List<FieldResult> allFields(String target, String result) {
        return IntStream.rangeClosed(1, 8).mapToObj(f -> field(f, target, result)).toList();
    }

    @Test
    void shouldGiveOneHundredPointsForAllTargetsExactlyAchieved() {
        YearEndScore score = RULES.score(8, 2024, allFields("10", "10"));

        assertThat(score.total()).isEqualByComparingTo("100");
        assertThat(score.reachedPercent()).isEqualByComparingTo("100");
        assertThat(score.pointsByField()).hasSize(8).allSatisfy((f, points) -> assertThat(points).isEqualByComparingTo("12.5"));
    }

    @Test
    void shouldCountOverAchievementUpToOneHundredAndTwentyPercent() {
        YearEndScore score = RULES.score(8, 2024, List.of(field(1, "20", "23"), field(2, "10", "30")));

        assertThat(score.pointsByField().get(1)).isEqualByComparingTo("14.38"); // 1.15 × 12.5 = 14.375
        assertThat(score.pointsByField().get(2)).isEqualByComparingTo("15.00"); // capped at 1.2 × 12.5
        assertThat(score.total()).isEqualByComparingTo("29.38");
    }

    @Test
    void shouldScorePartialAchievementProportionally() {
        YearEndScore score = RULES.score(8, 2024, List.of(field(3, "4", "3"), field(4, "3", "1")));

        assertThat(score.pointsByField().get(3)).isEqualByComparingTo("9.38"); // 0.75 × 12.5 = 9.375
        assertThat(score.pointsByField().get(4)).isEqualByComparingTo("4.17"); // 1/3 × 12.5
        assertThat(score.reachedPercent()).isEqualByComparingTo("0");
    }

    @Test
    void shouldCountAFieldWithoutTargetAsFullyAchieved() {
        YearEndScore score = RULES.score(8, 2024, List.of(field(6, "0", "0"), field(7, "0", "5")));

        assertThat(score.pointsByField().get(6)).isEqualByComparingTo("12.5");
        assertThat(score.pointsByField().get(7)).isEqualByComparingTo("12.5");
        assertThat(score.reachedPercent()).isEqualByComparingTo("100");
    }

    @Test
    void shouldGiveTheShareOfTargetsReachedAsCompletionPercent() {
        YearEndScore score = RULES.score(3, 2023,
                List.of(field(1, "10", "10"), field(2, "10", "9"), field(3, "5", "6"), field(8, "0", "0")));

        assertThat(score.reachedPercent()).isEqualByComparingTo("66.67");
        assertThat(score.reachedPercent().scale()).isEqualTo(2);
        assertThat(score.total().scale()).isEqualTo(2);
    }

    @Test
    void shouldGiveZeroPointsForNothingAchieved() {
        assertThat(RULES.score(8, 2024, List.of(field(5, "7", "0"))).total()).isEqualByComparingTo("0");
    }

    @Test
    void shouldRefuseAFieldOutsideTheEightFieldsOfWork() {
        assertThatThrownBy(() -> RULES.score(8, 2024, List.of(field(9, "1", "1"))))
                .isInstanceOf(RuleEvaluationException.class)
                .hasMessageContaining("No rule of decision 'score'");
    }

    @Test
    void shouldRefuseTheSameFieldTwice() {
        assertThatThrownBy(() -> RULES.score(8, 2024, List.of(field(1, "1", "1"), field(1, "2", "2"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
