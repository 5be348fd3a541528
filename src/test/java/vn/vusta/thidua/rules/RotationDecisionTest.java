package vn.vusta.thidua.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RotationDecisionTest {

    private static final RuleBook RULES = RuleBook.standalone();

    @Test
    void shouldRefuseTheOutgoingHeadAsNextHead() {
        RotationVerdict verdict = RULES.rotation(8, 2024, Role.HEAD, true, false);

        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.defaultCandidate()).isFalse();
        assertThat(verdict.reason()).isEqualTo("Cụm trưởng đương nhiệm không được bầu lại làm Cụm trưởng");
    }

    @Test
    void shouldOfferTheOutgoingDeputyAsDefaultCandidateForHead() {
        RotationVerdict verdict = RULES.rotation(8, 2024, Role.HEAD, false, true);

        assertThat(verdict.eligible()).isTrue();
        assertThat(verdict.defaultCandidate()).isTrue();
        assertThat(verdict.reason()).contains("Cụm phó đương nhiệm");
    }

    @Test
    void shouldLetAnyOtherUnitBeElectedHead() {
        assertThat(RULES.rotation(8, 2024, Role.HEAD, false, false))
                .isEqualTo(new RotationVerdict(true, false, "đủ điều kiện"));
    }

    @Test
    void shouldLetTheOutgoingHeadOrDeputyBeElectedDeputy() {
        assertThat(RULES.rotation(3, 2023, Role.DEPUTY, true, false).eligible()).isTrue();
        assertThat(RULES.rotation(3, 2023, Role.DEPUTY, false, true).eligible()).isTrue();
        assertThat(RULES.rotation(3, 2023, Role.DEPUTY, false, true).defaultCandidate()).isFalse();
    }
}
