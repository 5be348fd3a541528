package vn.vusta.thidua.engine;

import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;

/**
 * A standard history level (same id and name, so the database and the webapps see no difference) that leaves some of
 * its events out; everything else is recorded exactly as the wrapped level records it.
 */
public abstract class NarrowedHistoryLevel implements HistoryLevel {

    private final HistoryLevel standard;

    protected NarrowedHistoryLevel(HistoryLevel standard) {
        this.standard = standard;
    }

    /** Whether this event, which the wrapped level would record, is left out. */
    protected abstract boolean leavesOut(HistoryEventType eventType, Object entity);

    @Override
    public final int getId() {
        return standard.getId();
    }

    @Override
    public final String getName() {
        return standard.getName();
    }

    @Override
    public final boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        return standard.isHistoryEventProduced(eventType, entity) && !leavesOut(eventType, entity);
    }

    /** Equal to the standard level of the same id: the engine compares levels (e.g. "is history full?"). */
    @Override
    public final boolean equals(Object other) {
        return other instanceof HistoryLevel level && level.getId() == getId();
    }

    @Override
    public final int hashCode() {
        return 31 + getId();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + standard + ")";
    }
}
