package vn.vusta.thidua.vote;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;

import vn.vusta.thidua.workflow.NarrowedHistoryLevel;

/**
 * A standard history level that never produces a history event carrying a ballot: no variable event (create,
 * update, delete, migrate, detail) for the ballot fields of process {@code nomination-vote}, and no form-field event
 * for its ballot tasks.
 */
final class SecretBallotHistoryLevel extends NarrowedHistoryLevel {

    SecretBallotHistoryLevel(HistoryLevel standard) {
        super(standard);
    }

    @Override
    protected boolean leavesOut(HistoryEventType eventType, Object entity) {
        return carriesBallot(eventType, entity);
    }

    static boolean carriesBallot(HistoryEventType eventType, Object entity) {
        if (entity instanceof VariableInstanceEntity variable) {
            return VoteVariables.BALLOT_FIELDS.contains(variable.getName())
                    && ofVoteOrUnknown(variable.getProcessDefinitionId());
        }
        if (entity instanceof HistoricVariableUpdateEventEntity update) {
            return VoteVariables.BALLOT_FIELDS.contains(update.getVariableName())
                    && (update.getProcessDefinitionKey() == null
                            || VoteVariables.PROCESS_KEY.equals(update.getProcessDefinitionKey()));
        }
        if (eventType == HistoryEventTypes.FORM_PROPERTY_UPDATE) {
            if (entity instanceof TaskEntity task) {
                return VoteVariables.BALLOT_TASKS.contains(task.getTaskDefinitionKey())
                        && ofVoteOrUnknown(task.getProcessDefinitionId());
            }
            if (entity instanceof ExecutionEntity execution) {
                return VoteVariables.BALLOT_TASKS.contains(execution.getActivityId())
                        && ofVoteOrUnknown(execution.getProcessDefinitionId());
            }
        }
        return false;
    }

    /** Whether the definition is the vote's; when it cannot be told, assume it is (fail closed). */
    private static boolean ofVoteOrUnknown(String processDefinitionId) {
        if (processDefinitionId == null || Context.getProcessEngineConfiguration() == null) {
            return true;
        }
        ProcessDefinition definition = Context.getProcessEngineConfiguration().getDeploymentCache()
                .findDeployedProcessDefinitionById(processDefinitionId);
        return definition == null || VoteVariables.PROCESS_KEY.equals(definition.getKey());
    }
}
