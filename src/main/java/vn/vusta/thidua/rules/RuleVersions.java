package vn.vusta.thidua.rules;

import java.util.Map;
import java.util.TreeMap;

/**
 * The decision definitions a cycle was started with: decision key → Camunda decision definition id.
 * Recorded at cycle start and stored as a plain {@code Map<String,String>} process variable
 * ({@link #toMap()} / {@link #fromMap(Map)}), so a running cycle keeps its rules after new tables are deployed.
 */
public record RuleVersions(Map<String, String> decisionDefinitionIds) {

    public RuleVersions {
        decisionDefinitionIds = Map.copyOf(decisionDefinitionIds);
    }

    public static RuleVersions fromMap(Map<String, String> decisionDefinitionIds) {
        return new RuleVersions(decisionDefinitionIds);
    }

    /** A mutable, key-sorted copy, ready to be stored as a process variable. */
    public Map<String, String> toMap() {
        return new TreeMap<>(decisionDefinitionIds);
    }

    /** Whether the cycle recorded a version of the decision (a cycle opened before the table existed did not). */
    public boolean records(String decisionKey) {
        return decisionDefinitionIds.containsKey(decisionKey);
    }

    /** The definition id recorded for a decision key. */
    public String definitionIdOf(String decisionKey) {
        String id = decisionDefinitionIds.get(decisionKey);
        if (id == null) {
            throw new RuleEvaluationException("No version of decision '" + decisionKey
                    + "' was recorded for this cycle; recorded: " + decisionDefinitionIds.keySet());
        }
        return id;
    }
}
