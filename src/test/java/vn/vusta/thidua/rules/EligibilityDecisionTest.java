package vn.vusta.thidua.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EligibilityDecisionTest {

    private static final RuleBook RULES = RuleBook.standalone();
    private static final BigDecimal ALL_TARGETS = new BigDecimal("100");

    @Test
    void shouldRefuseAUnitThatDidNotRegisterForTheTitle() {
        assertThat(RULES.eligibility(8, 2024, Title.MERIT, false, ALL_TARGETS, 1, 6))
                .isEqualTo(new Verdict(false, "không đăng ký danh hiệu"));
    }

    @Test
    void shouldRefuseAUnitWithoutAYearEndReportFirstWhateverElseItHas() {
        assertThat(RULES.eligibilityWithoutReport(8, 2024, Title.MERIT, true, 6))
                .isEqualTo(new Verdict(false, "không nộp tổng kết"));
        assertThat(RULES.eligibilityWithoutReport(8, 2024, Title.FLAG, false, 6).reason())
                .isEqualTo("không nộp tổng kết");
    }

    @Test
    void shouldGiveTheRegistrationReasonFirstWhenSeveralConditionsFail() {
        assertThat(RULES.eligibility(8, 2024, Title.FLAG, false, new BigDecimal("60"), 6, 6).reason())
                .isEqualTo("không đăng ký danh hiệu");
    }

    @Test
    void shouldRefuseAUnitBelowAllOfItsTargets() {
        assertThat(RULES.eligibility(8, 2024, Title.MERIT, true, new BigDecimal("99.99"), 1, 6))
                .isEqualTo(new Verdict(false, "chưa hoàn thành 100 % chỉ tiêu"));
    }

    @Test
    void shouldAcceptExactlyAllTargetsAndMore() {
        assertThat(RULES.eligibility(8, 2024, Title.MERIT, true, ALL_TARGETS, 6, 6))
                .isEqualTo(new Verdict(true, "đủ điều kiện"));
        assertThat(RULES.eligibility(8, 2024, Title.MERIT, true, new BigDecimal("112.5"), 6, 6).allowed()).isTrue();
    }

    @ParameterizedTest(name = "flag, rank {0} of {1} members → {2}")
    @CsvSource({
            "1, 6, true",
            "3, 6, true",
            "4, 6, false",
            "3, 7, true",
            "4, 7, false",
            "4, 8, true",
            "5, 8, false",
            "4, 9, true",
            "5, 9, false" })
    void shouldRequireARankInTheTopHalfOfTheClusterForTheFlag(int rank, int members, boolean allowed) {
        Verdict verdict = RULES.eligibility(3, 2023, Title.FLAG, true, ALL_TARGETS, rank, members);

        assertThat(verdict.allowed()).isEqualTo(allowed);
        assertThat(verdict.reason()).isEqualTo(allowed ? "đủ điều kiện" : "xếp hạng thấp hơn nửa đầu cụm");
    }

    @Test
    void shouldNotRequireATopRankForTheCertificateOfMerit() {
        assertThat(RULES.eligibility(3, 2023, Title.MERIT, true, ALL_TARGETS, 8, 8).allowed()).isTrue();
    }
}
