package vn.vusta.thidua.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import vn.vusta.thidua.cycle.CycleContext;
import vn.vusta.thidua.reference.ProvinceHistory;
import vn.vusta.thidua.registration.RegistrationRepository;
import vn.vusta.thidua.rules.DecisionEvaluator;
import vn.vusta.thidua.rules.RuleBook;
import vn.vusta.thidua.rules.RuleBooks;
import vn.vusta.thidua.rules.RuleVersions;
import vn.vusta.thidua.rules.Title;
import vn.vusta.thidua.summary.UnitScore;
import vn.vusta.thidua.summary.UnitScores;

class VoteSetupFactoryTest {

    private static final String KEY = "cluster-4-2031";
    // four members: a cluster of three has no flag quota (DMN quotas), and its flag eligibility is not asked
    private final CycleContext cycle = new CycleContext(KEY, 4, 2031, "Cụm 4", List.of("a", "b", "c", "d"), "a", "b",
            "province-a", new RuleVersions(Map.of()));
    private final AtomicInteger evaluations = new AtomicInteger();
    private final UnitScores scores = mock(UnitScores.class);
    private final RegistrationRepository registrations = mock(RegistrationRepository.class);
    private final VoteSetupFactory factory;

    VoteSetupFactoryTest() {
        DecisionEvaluator tables = RuleBook.classpathTables();
        RuleBook counting = new RuleBook((key, inputs) -> {
            evaluations.incrementAndGet();
            return tables.evaluate(key, inputs);
        });
        RuleBooks books = mock(RuleBooks.class);
        when(books.forVersions(any())).thenReturn(counting);
        when(registrations.allLatest(KEY)).thenReturn(List.of());
        ProvinceHistory history = mock(ProvinceHistory.class);
        when(history.absorbedOn(any(), any())).thenReturn(Optional.empty());
        factory = new VoteSetupFactory(books, registrations, scores, history);
    }

    @Test
    void theSameInputsAreAnsweredOnceAndChangedScoresAreEvaluatedAgain() {
        when(scores.current(KEY)).thenReturn(List.of(score("a", 1), score("b", 2), score("c", 3), score("d", 4)));
        VoteSetup first = factory.of(cycle);
        int perSetup = evaluations.get();
        assertThat(perSetup).as("eligibility and rotation per unit, quotas, vote rules").isGreaterThanOrEqualTo(14);

        assertThat(factory.of(cycle)).isSameAs(first);
        assertThat(evaluations.get()).isEqualTo(perSetup);

        when(scores.current(KEY)).thenReturn(List.of(score("a", 2), score("b", 1), score("c", 3), score("d", 4)));
        VoteSetup changed = factory.of(cycle);
        assertThat(evaluations.get()).isEqualTo(2 * perSetup);
        assertThat(changed).isNotSameAs(first);
        assertThat(changed.scores()).extracting(UnitScore::rank).containsExactly(2, 1, 3, 4);
        assertThat(changed.eligibility().get("b").get(Title.FLAG)).isNotNull();
    }

    private static UnitScore score(String unit, int rank) {
        return new UnitScore(unit, BigDecimal.valueOf(100 - rank), BigDecimal.valueOf(100), rank);
    }

}
