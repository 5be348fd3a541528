package vn.vusta.thidua.cycle;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * After the council's decision: closes this cycle and opens next year's with the elected head, whose
 * leadership the council phase has recorded. A cluster without members next year simply has no next cycle.
 */
@Component("startNextCycle")
class StartNextCycleDelegate implements JavaDelegate {

    private final Cycles cycles;
    private final CycleStarter starter;
    private final Clock clock;

    StartNextCycleDelegate(Cycles cycles, CycleStarter starter, Clock clock) {
        this.cycles = cycles;
        this.starter = starter;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CycleContext cycle = CycleContext.of(execution);
        cycles.close(cycle.businessKey(), clock.instant());
        CycleStarter.Outcome next = starter.start(cycle.cluster(), cycle.year() + 1);
        execution.setVariable("nextCycle", next.started() ? next.businessKey() : null);
    }
}
