package vn.vusta.thidua.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class VietnameseFormatTest {

    @Test
    void shouldWriteScoresAndPercentagesWithADecimalCommaAndTwoDecimals() {
        assertThat(VietnameseFormat.decimal(new BigDecimal("96.5"))).isEqualTo("96,50");
        assertThat(VietnameseFormat.decimal(new BigDecimal("117.2249"))).isEqualTo("117,22");
        assertThat(VietnameseFormat.decimal(new BigDecimal("0.005"))).isEqualTo("0,01");
        assertThat(VietnameseFormat.decimal(new BigDecimal("-3.1"))).isEqualTo("-3,10");
        assertThat(VietnameseFormat.decimal(new BigDecimal("1250"))).isEqualTo("1.250,00");
        assertThat(VietnameseFormat.percent(new BigDecimal("56.25"))).isEqualTo("56,25 %");
        assertThat(VietnameseFormat.percent(new BigDecimal("12.5"))).isEqualTo("12,50 %");
        assertThat(VietnameseFormat.points(new BigDecimal("120.00"))).isEqualTo("120,00 điểm");
        assertThat(VietnameseFormat.points(BigDecimal.valueOf(120))).isEqualTo("120,00 điểm");
    }

    @Test
    void shouldWriteAShareOfVotesAsAPercentage() {
        assertThat(VietnameseFormat.share(5, 6)).isEqualTo("83,33 %");
        assertThat(VietnameseFormat.share(4, 6)).isEqualTo("66,67 %");
        assertThat(VietnameseFormat.share(3, 6)).isEqualTo("50,00 %");
        assertThat(VietnameseFormat.share(new BigDecimal("104.2"), new BigDecimal("100"))).isEqualTo("104,20 %");
        assertThat(VietnameseFormat.share(1, 0)).isNull();
    }

    @Test
    void shouldWriteCountsAndEnteredQuantitiesAsTheyAre() {
        assertThat(VietnameseFormat.quantity(new BigDecimal("12.00"))).isEqualTo("12");
        assertThat(VietnameseFormat.quantity(new BigDecimal("12.50"))).isEqualTo("12,5");
        assertThat(VietnameseFormat.quantity(new BigDecimal("66.675"))).isEqualTo("66,675");
        assertThat(VietnameseFormat.quantity(new BigDecimal("1E+3"))).isEqualTo("1.000");
        assertThat(VietnameseFormat.quantity(1250)).isEqualTo("1.250");
        assertThat(VietnameseFormat.quantity(0)).isEqualTo("0");
    }

    @Test
    void shouldWriteADayAsPeopleInVietnamDo() {
        assertThat(VietnameseFormat.date(LocalDate.of(2024, 3, 7))).isEqualTo("07/03/2024");
        assertThat(VietnameseFormat.date(null)).isNull();
    }

    @Test
    void shouldLeaveAnUnknownValueUnknown() {
        assertThat(VietnameseFormat.decimal(null)).isNull();
        assertThat(VietnameseFormat.percent(null)).isNull();
        assertThat(VietnameseFormat.points(null)).isNull();
        assertThat(VietnameseFormat.quantity(null)).isNull();
    }
}
