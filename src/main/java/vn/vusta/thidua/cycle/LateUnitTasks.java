package vn.vusta.thidua.cycle;

import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.engine.SystemCommands;
import vn.vusta.thidua.system.GroupIds;

/**
 * The Tasklist way to handle a late unit: when a unit's deadline (the phase's or its own extended one) passes without
 * its submission, process {@value #PROCESS_KEY} gives the cycle's head — or VUSTA's office when the late unit is the
 * head — a task to close the phase for the unit or extend its deadline ({@link HandleLateUnitListener}). One such
 * task per unit and phase at a time. The task ends by itself once the unit's task is settled otherwise (the unit
 * submits after all or leaves the cluster, or the head or the office acts through the REST API).
 */
@Component
public class LateUnitTasks {

    static final String PROCESS_KEY = "late-unit";
    static final String TASK = "Task_HandleLateUnit";
    static final String MESSAGE_SETTLED = "Message_LateUnitSettled";
    static final String UNIT = "lateUnit";
    static final String PHASE = "latePhase";
    static final String HANDLER = "lateUnitHandler";
    static final String DUE = "lateUnitDue";
    static final String REMINDER = "lateUnitReminder";

    /**
     * The unit's task ended by its submission or because the unit left the cluster, published by {@link UnitProgress}
     * inside the engine command that ended it.
     */
    public record UnitTaskEnded(String businessKey, Phase phase, String unit) {
    }

    private final RuntimeService runtimeService;
    private final HeadDeadlines deadlines;
    private final SystemCommands commands;

    LateUnitTasks(ProcessEngine engine, HeadDeadlines deadlines, SystemCommands commands) {
        this.runtimeService = engine.getRuntimeService();
        this.deadlines = deadlines;
        this.commands = commands;
    }

    /** Opens the head's (or the office's) task for a late unit, unless one is open for the unit and phase. */
    void open(CycleContext cycle, Phase phase, String unit) {
        if (!running(cycle.businessKey(), phase, unit).isEmpty()) {
            return;
        }
        String handler = unit.equals(cycle.head()) || cycle.headGroup() == null ? GroupIds.COUNCIL_OFFICE
                : cycle.headGroup();
        runtimeService.createProcessInstanceByKey(PROCESS_KEY).businessKey(cycle.businessKey())
                .setVariables(cycle.variables())
                .setVariable(UNIT, unit).setVariable(PHASE, phase.name()).setVariable(HANDLER, handler)
                .setVariable(DUE, deadlines.fromToday())
                .setVariable(REMINDER, deadlines.reminderFromToday()).execute();
    }

    @EventListener
    void unitTaskEnded(UnitTaskEnded event) {
        settle(event.businessKey(), event.phase(), event.unit(), null);
    }

    /** Ends the open late-unit tasks of the unit and phase, but the one in {@code exceptInstance} (which is acting). */
    void settle(String businessKey, Phase phase, String unit, String exceptInstance) {
        commands.withoutAuthorization(() -> {
            for (ProcessInstance instance : running(businessKey, phase, unit)) {
                if (!Objects.equals(instance.getId(), exceptInstance)) {
                    runtimeService.createMessageCorrelation(MESSAGE_SETTLED).processInstanceId(instance.getId())
                            .correlateWithResult();
                }
            }
            return null;
        });
    }

    private List<ProcessInstance> running(String businessKey, Phase phase, String unit) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(businessKey).variableValueEquals(UNIT, unit)
                .variableValueEquals(PHASE, phase.name()).active().list();
    }
}
