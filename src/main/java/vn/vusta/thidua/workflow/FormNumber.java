package vn.vusta.thidua.workflow;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Numbers as the forms show and take them: the Vietnamese decimal comma ("12,5"), no thousands separator. The forms
 * use text fields for numbers (form-js 1.8.7's number field shows a decimal point and, when it settles, re-renders the
 * whole form, which wiped the text being typed in the next field), so numbers reach the server as text.
 */
public final class FormNumber {

    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d+,\\d+");

    private FormNumber() {
    }

    /** The number as a form shows it: "12,5", "100", "0,25". */
    public static String shown(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /**
     * A number typed in a form ("12,5", "12") or sent by an API client as text ("12.5").
     *
     * @throws NumberFormatException when the text is not a plain decimal number
     */
    static BigDecimal parse(String text) {
        String number = text.strip();
        return new BigDecimal(DECIMAL_COMMA.matcher(number).matches() ? number.replace(',', '.') : number);
    }
}
