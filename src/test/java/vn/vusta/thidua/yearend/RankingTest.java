package vn.vusta.thidua.yearend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.vusta.thidua.cycle.UnitScore;

class RankingTest {

    @Test
    void equalScoresShareARankAndTheNextRankSkips() {
        List<UnitScore> ranked = Ranking.rank(List.of(scored("c", "90"), scored("a", "100"), scored("b", "100"),
                scored("d", "80.5"), scored("e", "80.50")));

        assertThat(ranked).extracting(UnitScore::province, UnitScore::rank)
                .containsExactly(tuple("a", 1), tuple("b", 1), tuple("c", 3), tuple("d", 4), tuple("e", 4));
    }

    @Test
    void allEqualAreAllFirst() {
        assertThat(Ranking.rank(List.of(scored("x", "12.5"), scored("y", "12.50"), scored("z", "12.500"))))
                .extracting(UnitScore::rank).containsExactly(1, 1, 1);
    }

    @Test
    void distinctScoresAreRankedBestFirstAndKeepTheirFigures() {
        List<UnitScore> ranked = Ranking.rank(List.of(scored("low", "10"), scored("high", "117.5"), scored("mid", "56.25")));

        assertThat(ranked).extracting(UnitScore::province).containsExactly("high", "mid", "low");
        assertThat(ranked).extracting(UnitScore::rank).containsExactly(1, 2, 3);
        assertThat(ranked.get(0).score()).isEqualByComparingTo("117.5");
        assertThat(ranked.get(0).reachedPercent()).isEqualByComparingTo("100");
    }

    @Test
    void noUnitsNoRanking() {
        assertThat(Ranking.rank(List.of())).isEmpty();
    }

    private static Ranking.Scored scored(String province, String score) {
        return new Ranking.Scored(province, new BigDecimal(score), BigDecimal.valueOf(100));
    }
}
