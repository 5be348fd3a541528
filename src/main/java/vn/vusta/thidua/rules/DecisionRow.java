package vn.vusta.thidua.rules;

import java.math.BigDecimal;
import java.util.Map;

/** One result row of a decision, with typed and checked access to its outputs. */
final class DecisionRow {

    private final String decisionKey;
    private final Map<String, Object> outputs;

    DecisionRow(String decisionKey, Map<String, Object> outputs) {
        this.decisionKey = decisionKey;
        this.outputs = outputs;
    }

    BigDecimal decimal(String name) {
        Object value = required(name);
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        throw wrongType(name, "a number", value);
    }

    int integer(String name) {
        Object value = required(name);
        if (value instanceof Number number) {
            BigDecimal decimal = new BigDecimal(number.toString());
            try {
                return decimal.intValueExact();
            } catch (ArithmeticException notWhole) {
                throw wrongType(name, "a whole number", value);
            }
        }
        throw wrongType(name, "a whole number", value);
    }

    boolean bool(String name) {
        Object value = required(name);
        if (value instanceof Boolean bool) {
            return bool;
        }
        throw wrongType(name, "true or false", value);
    }

    String string(String name) {
        Object value = required(name);
        if (value instanceof String string) {
            return string;
        }
        throw wrongType(name, "a text", value);
    }

    <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        String value = string(name);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            throw wrongType(name, "one of " + java.util.Arrays.toString(type.getEnumConstants()), value);
        }
    }

    boolean has(String name) {
        return outputs.get(name) != null;
    }

    private Object required(String name) {
        Object value = outputs.get(name);
        if (value == null) {
            throw new RuleEvaluationException("Decision '" + decisionKey + "' gave no value for output '" + name
                    + "'; outputs: " + outputs);
        }
        return value;
    }

    private RuleEvaluationException wrongType(String name, String expected, Object value) {
        return new RuleEvaluationException("Decision '" + decisionKey + "': output '" + name + "' should be "
                + expected + " but is " + value + " (" + value.getClass().getSimpleName() + ")");
    }
}
