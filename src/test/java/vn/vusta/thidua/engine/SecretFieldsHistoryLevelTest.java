package vn.vusta.thidua.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.junit.jupiter.api.Test;

/**
 * The product runs history level audit; this checks the secret variant of full too, which an operator may choose
 * (application.yaml), without an engine: events of secret fields (a ballot's) are dropped, everything else passes
 * through.
 */
class SecretFieldsHistoryLevelTest {

    private static final SecretFields BALLOT = new SecretFields(Set.of("vote", "nomination-vote"),
            Set.of("flag", "merit", "nextHead", "nextDeputy"), Set.of("Task_CastBallot", "Task_CastRunoffBallot"));

    private final SecretFieldsHistoryLevel full = new SecretFieldsHistoryLevel(HistoryLevel.HISTORY_LEVEL_FULL,
            List.of(BALLOT));

    @Test
    void atLevelFullNoSecretVariableOrFormFieldEventIsProduced() {
        VariableInstanceEntity ballotField = new VariableInstanceEntity();
        ballotField.setName("flag");
        assertThat(full.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_CREATE, ballotField)).isFalse();

        HistoricVariableUpdateEventEntity update = new HistoricVariableUpdateEventEntity();
        update.setVariableName("nextHead");
        update.setProcessDefinitionKey("vote");
        assertThat(full.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL, update)).isFalse();
        update.setProcessDefinitionKey("nomination-vote");
        assertThat(full.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL, update))
                .as("a vote started under the key before the renaming").isFalse();

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
        update.setVariableName("flag");
        update.setProcessDefinitionKey("registration");
        assertThat(full.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL, update)).isTrue();

        assertThat(full.isHistoryEventProduced(HistoryEventTypes.DMN_DECISION_EVALUATE, null)).isTrue();
        assertThat(full.getName()).isEqualTo("full");
        assertThat(full).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL);
    }
}
