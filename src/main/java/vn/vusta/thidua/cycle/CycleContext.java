package vn.vusta.thidua.cycle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

import vn.vusta.thidua.rules.RuleVersions;

/** Typed access to a cycle's variables from any of its processes (the call activities pass them all down). */
public record CycleContext(String businessKey, int cluster, int year, String clusterLabel, List<String> members,
        String head, String deputy, String headGroup, RuleVersions rules) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The cycle of a user task, read from the task's execution: never from the task's own variables, where a
     * submission's values live.
     */
    public static CycleContext of(DelegateTask task) {
        return of(task.getExecution(), task.getExecution().getProcessBusinessKey());
    }

    /** The unit a task is for: the multi-instance element's variable (or the task's input mapping) of its execution. */
    public static String unitOf(DelegateTask task) {
        return (String) task.getExecution().getVariable(CycleVariables.UNIT);
    }

    @SuppressWarnings("unchecked")
    private static CycleContext of(DelegateExecution scope, String businessKey) {
        Object rules = json(scope, CycleVariables.RULES);
        return new CycleContext(businessKey, ((Number) scope.getVariable(CycleVariables.CLUSTER)).intValue(),
                ((Number) scope.getVariable(CycleVariables.YEAR)).intValue(),
                (String) scope.getVariable(CycleVariables.CLUSTER_LABEL),
                List.copyOf((List<String>) json(scope, CycleVariables.MEMBERS)),
                (String) scope.getVariable(CycleVariables.HEAD), (String) scope.getVariable(CycleVariables.DEPUTY),
                (String) scope.getVariable(CycleVariables.HEAD_GROUP),
                rules == null ? null : RuleVersions.fromMap((Map<String, String>) rules));
    }

    /**
     * A JSON variable read from its stored text, without deserializing the engine's copy: the engine would keep the
     * Java object for the rest of the command, and a form opened in that command (a {@code FormPrefill}) would then
     * receive the object where Tasklist expects the JSON text it parses.
     */
    private static Object json(DelegateExecution scope, String name) {
        TypedValue value = scope.getVariableTyped(name, false);
        if (value instanceof SerializableValue serializable && !serializable.isDeserialized()) {
            String text = serializable.getValueSerialized();
            try {
                return text == null ? null : JSON.readValue(text, Object.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Variable " + name + " is not JSON", e);
            }
        }
        return value == null ? null : value.getValue();
    }

    /**
     * The cycle's variables as {@code OpenCycleDelegate} sets them, for a process started beside the cycle under its
     * business key (a late unit's task), whose listeners then read the cycle as every other task's do.
     */
    public Map<String, Object> variables() {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CycleVariables.CLUSTER, cluster);
        variables.put(CycleVariables.YEAR, year);
        variables.put(CycleVariables.CLUSTER_LABEL, clusterLabel);
        variables.put(CycleVariables.MEMBERS, new ArrayList<>(members));
        variables.put(CycleVariables.HEAD, head);
        variables.put(CycleVariables.DEPUTY, deputy);
        variables.put(CycleVariables.HEAD_GROUP, headGroup);
        if (rules != null) {
            variables.put(CycleVariables.RULES, rules.toMap());
        }
        return variables;
    }

    public static CycleContext of(DelegateExecution execution) {
        return of(execution, execution.getProcessBusinessKey());
    }

    /** A phase's deadline as the cycle's calendar set it on the task's execution. */
    public static Instant due(DelegateTask task, Phase phase) {
        return due(task.getExecution(), phase);
    }

    public static Instant due(DelegateExecution execution, Phase phase) {
        Object due = execution.getVariable(CycleVariables.due(phase));
        return due == null ? null : ((Date) due).toInstant();
    }
}
