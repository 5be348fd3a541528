package vn.vusta.thidua.rules;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;

/** The keys of the rule tables, and the one-row contract every caller relies on. */
public final class Decisions {

    public static final String SCORE = "score";
    public static final String ELIGIBILITY = "eligibility";
    public static final String VOTE_RULES = "vote-rules";
    public static final String QUOTAS = "quotas";
    public static final String ROTATION = "rotation";
    public static final String COUNCIL = "council";
    public static final String MERGER = "merger";

    /** Every decision a cycle needs; {@code processes/<key>.dmn} holds each. */
    public static final List<String> ALL = List.of(SCORE, ELIGIBILITY, VOTE_RULES, QUOTAS, ROTATION, COUNCIL, MERGER);

    private Decisions() {
    }

    static Map<String, Object> singleRow(String decisionKey, Map<String, Object> inputs, DmnDecisionResult result) {
        if (result == null || result.isEmpty()) {
            throw RuleEvaluationException.noRuleMatched(decisionKey, inputs);
        }
        if (result.size() > 1) {
            throw RuleEvaluationException.severalRulesMatched(decisionKey, inputs, result.size());
        }
        return result.getSingleResult().getEntryMap();
    }
}
