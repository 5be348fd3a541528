package vn.vusta.thidua.engine;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;

import java.util.List;

/**
 * A standard history level that never produces a history event carrying a secret field ({@link SecretFields}, the
 * ballot's): no variable event (create, update, delete, migrate, detail) for those fields of their process, and no
 * form-field event for its tasks that submit them.
 */
final class SecretFieldsHistoryLevel extends NarrowedHistoryLevel {

    private final List<SecretFields> secrets;

    SecretFieldsHistoryLevel(HistoryLevel standard, List<SecretFields> secrets) {
        super(standard);
        this.secrets = List.copyOf(secrets);
    }

    @Override
    protected boolean leavesOut(HistoryEventType eventType, Object entity) {
        return secrets.stream().anyMatch(secret -> carriesSecret(secret, eventType, entity));
    }

    static boolean carriesSecret(SecretFields secret, HistoryEventType eventType, Object entity) {
        if (entity instanceof VariableInstanceEntity variable) {
            return secret.variableNames().contains(variable.getName())
                    && ofProcessOrUnknown(secret, variable.getProcessDefinitionId());
        }
        if (entity instanceof HistoricVariableUpdateEventEntity update) {
            return secret.variableNames().contains(update.getVariableName())
                    && (update.getProcessDefinitionKey() == null
                            || secret.processKeys().contains(update.getProcessDefinitionKey()));
        }
        if (eventType == HistoryEventTypes.FORM_PROPERTY_UPDATE) {
            if (entity instanceof TaskEntity task) {
                return secret.taskKeys().contains(task.getTaskDefinitionKey())
                        && ofProcessOrUnknown(secret, task.getProcessDefinitionId());
            }
            if (entity instanceof ExecutionEntity execution) {
                return secret.taskKeys().contains(execution.getActivityId())
                        && ofProcessOrUnknown(secret, execution.getProcessDefinitionId());
            }
        }
        return false;
    }

    /** Whether the definition is the secret's process; when it cannot be told, assume it is (fail closed). */
    private static boolean ofProcessOrUnknown(SecretFields secret, String processDefinitionId) {
        if (processDefinitionId == null || Context.getProcessEngineConfiguration() == null) {
            return true;
        }
        ProcessDefinition definition = Context.getProcessEngineConfiguration().getDeploymentCache()
                .findDeployedProcessDefinitionById(processDefinitionId);
        return definition == null || secret.processKeys().contains(definition.getKey());
    }
}
