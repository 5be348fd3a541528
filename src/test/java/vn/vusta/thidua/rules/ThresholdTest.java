package vn.vusta.thidua.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class ThresholdTest {

    private final Threshold moreThanHalf = new Threshold(new BigDecimal("50"), true);
    private final Threshold atLeastHalf = new Threshold(new BigDecimal("50.0"), false);
    private final Threshold twoThirds = new Threshold(new BigDecimal("66.67"), false);

    @Test
    void shouldNotBeReachedByExactlyHalfWhenStrictlyAbove() {
        assertThat(moreThanHalf.reachedBy(3, 6)).isFalse();
        assertThat(moreThanHalf.reachedBy(4, 8)).isFalse();
    }

    @Test
    void shouldBeReachedByHalfPlusOneWhenStrictlyAbove() {
        assertThat(moreThanHalf.reachedBy(4, 6)).isTrue();
        assertThat(moreThanHalf.reachedBy(4, 7)).isTrue();
        assertThat(moreThanHalf.reachedBy(3, 7)).isFalse();
    }

    @Test
    void shouldBeReachedByExactlyHalfWhenAtLeast() {
        assertThat(atLeastHalf.reachedBy(3, 6)).isTrue();
        assertThat(atLeastHalf.reachedBy(2, 6)).isFalse();
    }

    @Test
    void shouldNeverBeReachedOnAnEmptyBase() {
        assertThat(atLeastHalf.reachedBy(0, 0)).isFalse();
    }

    @Test
    void shouldHandleFractionalPercentages() {
        assertThat(twoThirds.reachedBy(2, 3)).isFalse(); // 66.666… < 66.67
        assertThat(twoThirds.reachedBy(7, 9)).isTrue();
    }

    @Test
    void shouldExplainBothKindsOfThreshold() {
        assertThat(moreThanHalf.explain(4, 6)).isEqualTo("4/6 phiếu — đạt trên 50 %");
        assertThat(moreThanHalf.explain(3, 6)).isEqualTo("3/6 phiếu — không đạt trên 50 %");
        assertThat(atLeastHalf.explain(3, 6)).isEqualTo("3/6 phiếu — đạt từ 50 % trở lên");
        assertThat(twoThirds.explain(1, 3)).isEqualTo("1/3 phiếu — không đạt từ 66,67 % trở lên");
    }
}
