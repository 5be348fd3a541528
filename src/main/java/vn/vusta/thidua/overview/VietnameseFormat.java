package vn.vusta.thidua.overview;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Numbers and dates as Vietnamese readers write them: 1.234,5 and 31/03/2024. */
final class VietnameseFormat {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private VietnameseFormat() {
    }

    static String number(BigDecimal value) {
        return value == null ? "—" : new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(VIETNAMESE)).format(value);
    }

    static String day(LocalDate day) {
        return day == null ? "—" : DAY.format(day);
    }
}
