package vn.vusta.thidua.cycle;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.engine.FormPrefill;

import vn.vusta.thidua.reference.Province;
import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.workflow.Actor;
import vn.vusta.thidua.workflow.FormJson;
import vn.vusta.thidua.workflow.FormValues;

/**
 * The office's choice of a head or deputy ({@code Task_ChooseLeader}, form {@code choose-cluster-leader}): on
 * create, what happened; when the form opens, the members it may choose; on complete, the choice applies to the running cycle.
 */
@Component("chooseLeader")
class ChooseLeaderListener implements TaskListener, FormPrefill {

    static final String UNIT = "unit";
    static final String OPTIONS = "unitOptions";

    private final Cycles cycles;
    private final LeaderChoice choice;
    private final ReferenceData reference;
    private final Actor actor;

    ChooseLeaderListener(Cycles cycles, LeaderChoice choice, ReferenceData reference, Actor actor) {
        this.cycles = cycles;
        this.choice = choice;
        this.reference = reference;
        this.actor = actor;
    }

    /** The members it may choose. */
    @Override
    public Map<String, Object> values(DelegateTask task) {
        Cycle cycle = cycles.find(task.getExecution().getProcessBusinessKey()).orElseThrow();
        CycleChange.Kind role = CycleChange.Kind.valueOf((String) task.getVariable(LeaderChoice.ROLE));
        return Map.of(OPTIONS, FormJson.serialized(choice.candidates(cycle, role).stream()
                .map(unit -> Map.of("label", reference.province(unit).map(Province::name).orElse(unit), "value", unit))
                .toList()));
    }

    @Override
    public void notify(DelegateTask task) {
        String key = task.getExecution().getProcessBusinessKey();
        Cycle cycle = cycles.find(key).orElseThrow();
        CycleChange.Kind role = CycleChange.Kind.valueOf((String) task.getVariable(LeaderChoice.ROLE));
        List<String> candidates = choice.candidates(cycle, role);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            String label = role == CycleChange.Kind.HEAD ? "cụm trưởng" : "cụm phó";
            task.setName("Chọn " + label + " năm " + cycle.year() + " — " + task.getVariable(CycleVariables.CLUSTER_LABEL));
            task.setDescription(task.getVariable(LeaderChoice.VACANCY) + ".");
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            FormValues form = new FormValues(task);
            String unit = form.choice(UNIT, "Đơn vị đảm nhận", candidates, true);
            form.throwIfInvalid();
            choice.choose(key, role, unit, actor.of(task));
        }
    }
}
