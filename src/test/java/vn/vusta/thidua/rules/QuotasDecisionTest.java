package vn.vusta.thidua.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuotasDecisionTest {

    private static final RuleBook RULES = RuleBook.standalone();

    @ParameterizedTest(name = "{0} members → {1} flags, {2} certificates")
    @CsvSource({
            "4, 1, 1",
            "6, 1, 1",
            "7, 1, 1",
            "8, 2, 2",
            "9, 2, 2",
            "11, 2, 2",
            "12, 3, 3" })
    void shouldAllowAQuarterOfTheMembersOfAClusterOfFourOrMore(int members, int flags, int merits) {
        Quotas quotas = RULES.quotas(3, 2024, members);

        assertThat(quotas).isEqualTo(new Quotas(flags, merits));
        assertThat(quotas.of(Title.FLAG)).isEqualTo(flags);
        assertThat(quotas.of(Title.MERIT)).isEqualTo(merits);
    }

    /** Clusters shrunk by the 2025 merger: no flag below four members, one certificate for two or three, none for one. */
    @ParameterizedTest(name = "{0} members → {1} flags, {2} certificates")
    @CsvSource({
            "0, 0, 0",
            "1, 0, 0",
            "2, 0, 1",
            "3, 0, 1" })
    void smallClustersProposeNoFlagAndAtMostOneCertificate(int members, int flags, int merits) {
        assertThat(RULES.quotas(3, 2026, members)).isEqualTo(new Quotas(flags, merits));
    }
}
