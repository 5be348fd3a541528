package vn.vusta.thidua.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class FormNumberTest {

    @Test
    void shouldShowNumbersWithTheVietnameseDecimalCommaAndNoTrailingZeros() {
        assertThat(FormNumber.shown(new BigDecimal("12.50"))).isEqualTo("12,5");
        assertThat(FormNumber.shown(new BigDecimal("100"))).isEqualTo("100");
        assertThat(FormNumber.shown(new BigDecimal("1E+2"))).isEqualTo("100");
        assertThat(FormNumber.shown(new BigDecimal("0.25"))).isEqualTo("0,25");
        assertThat(FormNumber.shown(null)).isNull();
    }

    @Test
    void shouldTakeADecimalCommaFromAFormAndADecimalPointFromAnApiClient() {
        assertThat(FormNumber.parse("12,5")).isEqualByComparingTo("12.5");
        assertThat(FormNumber.parse(" -0,25 ")).isEqualByComparingTo("-0.25");
        assertThat(FormNumber.parse("12.5")).isEqualByComparingTo("12.5");
        assertThat(FormNumber.parse("12")).isEqualByComparingTo("12");
    }

    @Test
    void shouldRefuseThousandsSeparatorsAndText() {
        assertThatThrownBy(() -> FormNumber.parse("1.000,5")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> FormNumber.parse("1,000,5")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> FormNumber.parse("mười")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> FormNumber.parse("")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void shouldReadAShownNumberBackUnchanged() {
        BigDecimal value = new BigDecimal("1234.75");

        assertThat(FormNumber.parse(FormNumber.shown(value))).isEqualByComparingTo(value);
    }
}
