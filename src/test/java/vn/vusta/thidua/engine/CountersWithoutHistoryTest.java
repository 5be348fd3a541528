package vn.vusta.thidua.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.junit.jupiter.api.Test;

class CountersWithoutHistoryTest {

    private final CountersWithoutHistory audit = new CountersWithoutHistory(HistoryLevel.HISTORY_LEVEL_AUDIT);

    private static VariableInstanceEntity variable(String name) {
        VariableInstanceEntity variable = mock(VariableInstanceEntity.class);
        when(variable.getName()).thenReturn(name);
        return variable;
    }

    @Test
    void keepsTheNameAndIdOfTheWrappedLevel() {
        assertThat(audit.getName()).isEqualTo("audit");
        assertThat(audit.getId()).isEqualTo(HistoryLevel.HISTORY_LEVEL_AUDIT.getId());
    }

    @Test
    void recordsNoVariableHistoryForTheMultiInstanceCounters() {
        for (String counter : CountersWithoutHistory.COUNTERS) {
            VariableInstanceEntity variable = variable(counter);
            assertThat(audit.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_CREATE, variable)).as(counter).isFalse();
            assertThat(audit.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE, variable)).as(counter).isFalse();
        }
    }

    @Test
    void recordsEveryOtherVariableAndEventAsTheWrappedLevel() {
        VariableInstanceEntity unit = variable("unit");
        assertThat(audit.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_CREATE, unit)).isTrue();
        assertThat(audit.isHistoryEventProduced(HistoryEventTypes.TASK_INSTANCE_CREATE, null)).isTrue();
        assertThat(new CountersWithoutHistory(HistoryLevel.HISTORY_LEVEL_ACTIVITY)
                .isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_CREATE, unit)).isFalse();
    }
}
