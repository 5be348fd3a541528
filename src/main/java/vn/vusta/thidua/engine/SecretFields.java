package vn.vusta.thidua.engine;

import java.util.Set;

/**
 * Form fields that nothing may record: the submitted values named {@code variableNames} of the process
 * (under any of its keys {@code processKeys}: a renamed process keeps running instances under its old key) and the
 * form fields of its tasks {@code taskKeys}. Declared as a bean by the feature that owns
 * them (the nomination vote's ballot); {@link SecretFieldsHistoryLevel} keeps them out of history.
 */
public record SecretFields(Set<String> processKeys, Set<String> variableNames, Set<String> taskKeys) {

    public SecretFields {
        processKeys = Set.copyOf(processKeys);
        variableNames = Set.copyOf(variableNames);
        taskKeys = Set.copyOf(taskKeys);
    }
}
