package vn.vusta.thidua.engine;

import java.util.Set;

/**
 * Form fields that nothing may record: the submitted values named {@code variableNames} of the process
 * {@code processKey} and the form fields of its tasks {@code taskKeys}. Declared as a bean by the feature that owns
 * them (the nomination vote's ballot); {@link SecretFieldsHistoryLevel} keeps them out of history.
 */
public record SecretFields(String processKey, Set<String> variableNames, Set<String> taskKeys) {

    public SecretFields {
        variableNames = Set.copyOf(variableNames);
        taskKeys = Set.copyOf(taskKeys);
    }
}
