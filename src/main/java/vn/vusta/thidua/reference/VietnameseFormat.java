package vn.vusta.thidua.reference;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;


/**
 * The one Vietnamese way to write numbers and units in texts meant for people (documents, explanations, messages):
 * decimal comma and a dot between thousands; scores and percentages always with two decimals ("96,50",
 * "56,25 %", "120,00 điểm"); counts and entered quantities as they are ("12", "12,5", "1.250"); a unit by its
 * province's name ("Vĩnh Long"), not its code; a day as "21/12/2024". JSON fields meant for programs keep their
 * numbers, codes and ISO dates.
 */
@Component
public class VietnameseFormat {

    private static final DecimalFormatSymbols SYMBOLS = symbols();
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ReferenceData reference;

    VietnameseFormat(ReferenceData reference) {
        this.reference = reference;
    }

    /** The unit's province name ("vinh-long" → "Vĩnh Long"); the code itself when unknown; null for null. */
    public String unit(String code) {
        return code == null ? null : reference.province(code).map(Province::name).orElse(code);
    }

    /** 2024-12-21 → "21/12/2024"; null for null. */
    public static String date(LocalDate day) {
        return day == null ? null : DAY.format(day);
    }

    /** A measured value with two decimals: 96.5 → "96,50", 1250 → "1.250,00"; null for null. */
    public static String decimal(BigDecimal value) {
        return value == null ? null : format("#,##0.00", value.setScale(2, RoundingMode.HALF_UP));
    }

    /** 56.25 → "56,25 %". */
    public static String percent(BigDecimal value) {
        return value == null ? null : decimal(value) + " %";
    }

    /** 120 → "120,00 điểm". */
    public static String points(BigDecimal value) {
        return value == null ? null : decimal(value) + " điểm";
    }

    /** {@code part} of {@code whole} as a percentage: 5 of 6 → "83,33 %"; null when {@code whole} is 0. */
    public static String share(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return percent(part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP));
    }

    public static String share(long part, long whole) {
        return share(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    /** A count or an entered quantity, without trailing zeros: 12 → "12", 12.50 → "12,5", 1250 → "1.250". */
    public static String quantity(BigDecimal value) {
        return value == null ? null : format("#,##0.##########", value.stripTrailingZeros());
    }

    public static String quantity(long value) {
        return quantity(BigDecimal.valueOf(value));
    }

    private static String format(String pattern, BigDecimal value) {
        DecimalFormat format = new DecimalFormat(pattern, SYMBOLS); // not thread-safe: one per call
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    private static DecimalFormatSymbols symbols() {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setDecimalSeparator(',');
        symbols.setGroupingSeparator('.');
        symbols.setMinusSign('-');
        return symbols;
    }
}
