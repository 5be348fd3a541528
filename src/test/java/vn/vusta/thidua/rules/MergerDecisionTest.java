package vn.vusta.thidua.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Arrays;

import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.junit.jupiter.api.Test;

/** The {@code merger} table, evaluated by the DMN engine alone. */
class MergerDecisionTest {

    private static final RuleBook RULES = RuleBook.standalone();

    private static DmnModelInstance table() throws Exception {
        try (InputStream dmn = MergerDecisionTest.class.getResourceAsStream("/processes/merger.dmn")) {
            return Dmn.readModelFromStream(dmn);
        }
    }

    @Test
    void shouldAddTheMergedUnitsSubmissionsToTheSuccessorByDefault() {
        assertThat(RULES.merger(6, 2025)).isEqualTo(MergerCarry.SUM_OF_PARTS);
    }

    @Test
    void shouldApplyTheDefaultRowToAnyClusterAndYear() {
        assertThat(RULES.merger(1, 2022)).isEqualTo(RULES.merger(9, 2030));
    }

    /** Business people add rows for a cluster or year above the default: FIRST keeps the default a fallback. */
    @Test
    void shouldLetTheFirstMatchingRowWinSoAClusterRowCanOverrideTheDefault() throws Exception {
        DecisionTable table = table().getModelElementsByType(DecisionTable.class).iterator().next();

        assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.FIRST);
    }

    @Test
    void shouldOnlyAnswerWhatTheApplicationKnowsHowToCarry() throws Exception {
        var known = Arrays.stream(MergerCarry.values()).map(Enum::name).toList();

        assertThat(table().getModelElementsByType(OutputEntry.class))
                .isNotEmpty()
                .allSatisfy(entry -> assertThat(entry.getTextContent().trim().replace("\"", "")).isIn(known));
    }
}
