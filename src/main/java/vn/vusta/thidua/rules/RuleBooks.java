package vn.vusta.thidua.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.engine.DecisionHistory;

/**
 * Hands out the rule book of a cycle. At cycle start call {@link #current()} and store its {@link RuleVersions#toMap()};
 * later call {@link #forVersions} with the stored versions, so tables deployed in between do not change a running
 * cycle.
 *
 * <p>Rules are answered for the system, never with the permissions of whoever caused the question (an officer opening
 * a draft, a job): who may see the answer is decided by the caller. Where the history level records decision
 * evaluations ({@code full}), every evaluation goes through the engine's decision service so Cockpit shows it; below
 * that the engine would record nothing anyway, and the deployed table (read once per definition id, which never
 * changes) is evaluated by a DMN engine of its own, without a command, an authorization query and a definition lookup
 * per evaluation — a year-end tally asks the score table eight times per unit.
 */
@Component
public class RuleBooks {

    private final ProcessEngine engine;
    private final RepositoryService repositoryService;
    private final Map<String, DmnDecision> deployedDecisions = new ConcurrentHashMap<>();
    private final DmnEngine dmnEngine = ParsedOnceFeelEngine.dmnEngine();

    public RuleBooks(ProcessEngine engine) {
        this.engine = engine;
        this.repositoryService = engine.getRepositoryService();
    }

    /** The latest deployed definition of every rule decision. */
    public RuleVersions current() {
        Map<String, String> ids = new LinkedHashMap<>();
        for (String key : Decisions.ALL) {
            DecisionDefinition latest = repositoryService.createDecisionDefinitionQuery()
                    .decisionDefinitionKey(key).latestVersion().singleResult();
            if (latest == null) {
                throw new RuleEvaluationException("Decision '" + key + "' is not deployed; deploy processes/" + key
                        + ".dmn (the application deploys it at start-up)");
            }
            ids.put(key, latest.getId());
        }
        return new RuleVersions(ids);
    }

    /** A rule book that evaluates exactly the given decision definitions. */
    public RuleBook forVersions(RuleVersions versions) {
        return new RuleBook((key, inputs) -> Decisions.singleRow(key, inputs, evaluate(versions.definitionIdOf(key), inputs)));
    }

    private DmnDecisionResult evaluate(String definitionId, Map<String, Object> inputs) {
        if (DecisionHistory.recorded(engine)) {
            return DecisionHistory.withoutAuthorization(engine,
                    () -> engine.getDecisionService().evaluateDecisionById(definitionId).variables(inputs).evaluate());
        }
        DmnDecision decision = deployedDecisions.computeIfAbsent(definitionId, this::deployed);
        return dmnEngine.evaluateDecision(decision, Variables.fromMap(inputs));
    }

    private DmnDecision deployed(String definitionId) {
        return DecisionHistory.withoutAuthorization(engine,
                () -> dmnEngine.parseDecision(repositoryService.getDecisionDefinition(definitionId).getKey(),
                        repositoryService.getDmnModelInstance(definitionId)));
    }
}
