package vn.vusta.thidua.rules;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;

/**
 * Hands out the rule book of a cycle. At cycle start call {@link #current()} and store its {@link RuleVersions#toMap()};
 * later call {@link #forVersions} with the stored versions, so tables deployed in between do not change a running
 * cycle.
 */
@Component
public class RuleBooks {

    private final DecisionService decisionService;
    private final RepositoryService repositoryService;

    public RuleBooks(DecisionService decisionService, RepositoryService repositoryService) {
        this.decisionService = decisionService;
        this.repositoryService = repositoryService;
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
        return new RuleBook((key, inputs) -> Decisions.singleRow(key, inputs,
                decisionService.evaluateDecisionById(versions.definitionIdOf(key)).variables(inputs).evaluate()));
    }
}
