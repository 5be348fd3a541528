package vn.vusta.thidua.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;

/** Evaluates {@code processes/<key>.dmn} from the classpath with the DMN engine alone (no process engine). */
final class ClasspathDecisionEvaluator implements DecisionEvaluator {

    private final DmnEngine dmnEngine;
    private final Map<String, DmnDecision> decisions = new HashMap<>();

    ClasspathDecisionEvaluator(List<String> decisionKeys) {
        this(decisionKeys, ParsedOnceFeelEngine.dmnEngine());
    }

    ClasspathDecisionEvaluator(List<String> decisionKeys, DmnEngine dmnEngine) {
        this.dmnEngine = dmnEngine;
        decisionKeys.forEach(key -> decisions.put(key, parse(key)));
    }

    @Override
    public Map<String, Object> evaluate(String decisionKey, Map<String, Object> inputs) {
        DmnDecision decision = decisions.get(decisionKey);
        if (decision == null) {
            throw new RuleEvaluationException("Unknown decision '" + decisionKey + "'; loaded: " + decisions.keySet());
        }
        return Decisions.singleRow(decisionKey, inputs, dmnEngine.evaluateDecision(decision, inputs));
    }

    private DmnDecision parse(String decisionKey) {
        String resource = "processes/" + decisionKey + ".dmn";
        try (InputStream dmn = getClass().getClassLoader().getResourceAsStream(resource)) {
            if (dmn == null) {
                throw new RuleEvaluationException("Decision table " + resource + " is not on the classpath");
            }
            return dmnEngine.parseDecision(decisionKey, dmn);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
