package vn.vusta.thidua.vote;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.junit.jupiter.api.Test;

/**
 * The product runs history level audit; this checks the secret variant of full too, which an operator may choose
 * (application.yaml), without an engine: ballot events are dropped, everything else passes through.
 */
class SecretBallotHistoryLevelTest {

    private final SecretBallotHistoryLevel full = new SecretBallotHistoryLevel(HistoryLevel.HISTORY_LEVEL_FULL);

    @Test
    void atLevelFullNoBallotVariableOrFormFieldEventIsProduced() {
        VariableInstanceEntity ballotField = new VariableInstanceEntity();
        ballotField.setName(VoteVariables.FLAG);
        assertThat(full.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_CREATE, ballotField)).isFalse();

        HistoricVariableUpdateEventEntity update = new HistoricVariableUpdateEventEntity();
        update.setVariableName(VoteVariables.NEXT_HEAD);
        update.setProcessDefinitionKey(VoteVariables.PROCESS_KEY);
        assertThat(full.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL, update)).isFalse();

        TaskEntity ballotTask = new TaskEntity();
        ballotTask.setTaskDefinitionKey("Task_CastBallot");
        assertThat(full.isHistoryEventProduced(HistoryEventTypes.FORM_PROPERTY_UPDATE, ballotTask)).isFalse();
    }

    @Test
    void atLevelFullEverythingElseIsRecordedAsFullRecordsIt() {
        VariableInstanceEntity other = new VariableInstanceEntity();
        other.setName("members");
        assertThat(full.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_CREATE, other)).isTrue();

        HistoricVariableUpdateEventEntity update = new HistoricVariableUpdateEventEntity();
        update.setVariableName(VoteVariables.FLAG);
        update.setProcessDefinitionKey("registration");
        assertThat(full.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL, update)).isTrue();

        assertThat(full.isHistoryEventProduced(HistoryEventTypes.DMN_DECISION_EVALUATE, null)).isTrue();
        assertThat(full.getName()).isEqualTo("full");
        assertThat(full).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL);
    }
}
