package vn.vusta.thidua.cycle;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.system.GroupIds;

/**
 * Opens the cluster's year recorded at the start ({@link ClaimCycleListener}: members on 1 January, this year's
 * head and deputy, the rule versions in force, kept for the whole cycle): gives the cycle its variables and the
 * deadlines.
 */
@Component("openCycle")
class OpenCycleDelegate implements JavaDelegate {

    private final ReferenceData reference;
    private final DeadlineCalendar calendar;
    private final Cycles cycles;
    private final CycleClaims claims;
    private final Clock clock;

    OpenCycleDelegate(ReferenceData reference, DeadlineCalendar calendar, Cycles cycles,
            CycleClaims claims, Clock clock) {
        this.reference = reference;
        this.claims = claims;
        this.calendar = calendar;
        this.cycles = cycles;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // an instance of the process version before claimCycle existed is recorded here, as it used to be
        Cycle cycle = cycles.find(execution.getProcessBusinessKey()).orElseGet(() -> claims.claim(
                ((Number) execution.getVariable(CycleVariables.CLUSTER)).intValue(),
                ((Number) execution.getVariable(CycleVariables.YEAR)).intValue(), execution.getProcessBusinessKey(),
                execution.getProcessInstanceId()));
        execution.setVariable(CycleVariables.CLUSTER_LABEL, reference.cluster(cycle.cluster()).orElseThrow().name());
        execution.setVariable(CycleVariables.MEMBERS, new ArrayList<>(cycle.members()));
        execution.setVariable(CycleVariables.HEAD, cycle.head());
        execution.setVariable(CycleVariables.DEPUTY, cycle.deputy());
        execution.setVariable(CycleVariables.HEAD_GROUP, GroupIds.province(cycle.head()));
        execution.setVariable(CycleVariables.RULES, cycle.rules().toMap());
        for (Map.Entry<Phase, DeadlineCalendar.Deadline> deadline
                : calendar.deadlines(cycle.cluster(), cycle.year(), clock.instant()).entrySet()) {
            execution.setVariable(CycleVariables.due(deadline.getKey()), Date.from(deadline.getValue().due()));
            execution.setVariable(CycleVariables.reminder(deadline.getKey()), Date.from(deadline.getValue().reminder()));
        }
    }
}
