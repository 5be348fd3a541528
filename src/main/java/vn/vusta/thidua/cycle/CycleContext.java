package vn.vusta.thidua.cycle;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;

import vn.vusta.thidua.rules.RuleVersions;

/** Typed access to a cycle's variables from any of its processes (the call activities pass them all down). */
public record CycleContext(String businessKey, int cluster, int year, String clusterLabel, List<String> members,
        String head, String deputy, String headGroup, RuleVersions rules) {

    @SuppressWarnings("unchecked")
    public static CycleContext of(VariableScope scope, String businessKey) {
        Object rules = scope.getVariable(CycleVariables.RULES);
        return new CycleContext(businessKey, ((Number) scope.getVariable(CycleVariables.CLUSTER)).intValue(),
                ((Number) scope.getVariable(CycleVariables.YEAR)).intValue(),
                (String) scope.getVariable(CycleVariables.CLUSTER_LABEL),
                List.copyOf((List<String>) scope.getVariable(CycleVariables.MEMBERS)),
                (String) scope.getVariable(CycleVariables.HEAD), (String) scope.getVariable(CycleVariables.DEPUTY),
                (String) scope.getVariable(CycleVariables.HEAD_GROUP),
                rules == null ? null : RuleVersions.fromMap((java.util.Map<String, String>) rules));
    }

    public static CycleContext of(DelegateExecution execution) {
        return of(execution, execution.getProcessBusinessKey());
    }

    public static Instant due(VariableScope scope, Phase phase) {
        Object due = scope.getVariable(CycleVariables.due(phase));
        return due == null ? null : ((Date) due).toInstant();
    }
}
