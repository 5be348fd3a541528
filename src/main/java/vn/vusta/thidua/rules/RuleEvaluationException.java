package vn.vusta.thidua.rules;

import java.util.Map;

/** A decision table could not give exactly one answer, or a table is missing. */
public class RuleEvaluationException extends RuntimeException {

    public RuleEvaluationException(String message) {
        super(message);
    }

    static RuleEvaluationException noRuleMatched(String decisionKey, Map<String, Object> inputs) {
        return new RuleEvaluationException("No rule of decision '" + decisionKey + "' matches " + inputs
                + " — add a row for these inputs (or a default row with '-') to " + decisionKey + ".dmn");
    }

    static RuleEvaluationException severalRulesMatched(String decisionKey, Map<String, Object> inputs, int rows) {
        return new RuleEvaluationException(rows + " result rows from decision '" + decisionKey + "' for " + inputs
                + " — exactly one is expected; use hit policy FIRST or UNIQUE in " + decisionKey + ".dmn");
    }
}
