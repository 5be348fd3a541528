package vn.vusta.thidua.engine;

import java.util.Set;

import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;

/**
 * A standard history level that records no variable history for the engine's own
 * multi-instance counters: {@code loopCounter} of every unit's instance and {@code nrOfInstances},
 * {@code nrOfActiveInstances}, {@code nrOfCompletedInstances} of every phase's multi-instance body. They are created,
 * updated at every unit's completion and deleted, and each of those steps wrote or updated a history row — about
 * five statements per completion — that tell nothing the activity and task history and the domain tables do not.
 * The {@code unit} variable of each instance, and every other variable, is recorded exactly as the wrapped level does.
 */
public final class CountersWithoutHistory extends NarrowedHistoryLevel {

    static final Set<String> COUNTERS = Set.of("loopCounter", "nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances");

    public CountersWithoutHistory(HistoryLevel standard) {
        super(standard);
    }

    @Override
    protected boolean leavesOut(HistoryEventType eventType, Object entity) {
        if (entity instanceof VariableInstanceEntity variable) {
            return COUNTERS.contains(variable.getName());
        }
        if (entity instanceof HistoricVariableUpdateEventEntity update) {
            return COUNTERS.contains(update.getVariableName());
        }
        return false;
    }
}
