package vn.vusta.thidua.rules;

import java.util.Map;

/** Evaluates one decision table and returns its single result row (output name → value). */
@FunctionalInterface
public interface DecisionEvaluator {

    /**
     * @throws RuleEvaluationException if no rule, or more than one, matches the inputs
     */
    Map<String, Object> evaluate(String decisionKey, Map<String, Object> inputs);
}
