package vn.vusta.thidua.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import vn.vusta.thidua.cycle.CycleContext;
import vn.vusta.thidua.cycle.UnitScore;
import vn.vusta.thidua.cycle.YearEndScores;
import vn.vusta.thidua.reference.ProvinceHistory;
import vn.vusta.thidua.rules.DecisionEvaluator;
import vn.vusta.thidua.rules.RuleBook;
import vn.vusta.thidua.rules.RuleBooks;
import vn.vusta.thidua.rules.RuleVersions;
import vn.vusta.thidua.rules.Title;
import vn.vusta.thidua.submission.RegisteredTargets;
import vn.vusta.thidua.submission.RegisteredUnit;

class VoteSetupFactoryTest {

    private static final String KEY = "cluster-4-2031";
    // four members: a cluster of three has no flag quota (DMN quotas), and its flag eligibility is not asked
    private final CycleContext cycle = new CycleContext(KEY, 4, 2031, "Cụm 4", List.of("a", "b", "c", "d"), "a", "b",
            "province-a", new RuleVersions(Map.of()));
    private final AtomicInteger evaluations = new AtomicInteger();
    private final YearEndScores scores = mock(YearEndScores.class);
    private final RegisteredTargets registrations = mock(RegisteredTargets.class);
    /** The eligibility table's inputs per unit and title, as the factory asked. */
    private final Map<String, Map<String, Object>> eligibilityInputs = new ConcurrentHashMap<>();
    private final VoteSetupFactory factory;

    VoteSetupFactoryTest() {
        DecisionEvaluator tables = RuleBook.classpathTables();
        RuleBook counting = new RuleBook((key, inputs) -> {
            evaluations.incrementAndGet();
            if (inputs.containsKey("registered")) {
                eligibilityInputs.put(inputs.get("title") + ":" + inputs.get("rank"), Map.copyOf(inputs));
            }
            return tables.evaluate(key, inputs);
        });
        RuleBooks books = mock(RuleBooks.class);
        when(books.forVersions(any())).thenReturn(counting);
        when(registrations.allRegistered(KEY)).thenReturn(List.of());
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

    /**
     * The eligibility reads the year-end share of targets reached (summary's score), never the mid-year mean progress:
     * a unit that registered for both titles and is ranked first but reached 90 % of its targets is not eligible.
     */
    @Test
    void eligibilityReadsTheYearEndShareOfTargetsReached() {
        when(registrations.allRegistered(KEY)).thenReturn(List.of("a", "b", "c", "d").stream()
                .map(unit -> new RegisteredUnit(unit, true, true, List.of())).toList());
        when(scores.current(KEY)).thenReturn(List.of(new UnitScore("a", new BigDecimal("99"), new BigDecimal("90"), 1),
                new UnitScore("b", new BigDecimal("98"), new BigDecimal("100"), 2), score("c", 3), score("d", 4)));

        VoteSetup setup = factory.of(cycle);

        assertThat(eligibilityInputs.get("MERIT:1")).containsEntry("reachedPercent", new BigDecimal("90"));
        assertThat(eligibilityInputs.get("MERIT:2")).containsEntry("reachedPercent", new BigDecimal("100"));
        assertThat(setup.eligibility().get("a").get(Title.MERIT).allowed()).isFalse();
        assertThat(setup.eligibility().get("a").get(Title.FLAG).allowed()).isFalse();
        assertThat(setup.eligibility().get("b").get(Title.MERIT).allowed()).isTrue();
        assertThat(setup.eligibility().get("b").get(Title.FLAG).allowed()).isTrue();
    }

    private static UnitScore score(String unit, int rank) {
        return new UnitScore(unit, BigDecimal.valueOf(100 - rank), BigDecimal.valueOf(100), rank);
    }

}
