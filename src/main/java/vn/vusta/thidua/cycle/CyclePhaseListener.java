package vn.vusta.thidua.cycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** On the start of each phase's call activity, records the cycle's current phase (activity id CallActivity_&lt;Phase&gt;). */
@Component("cyclePhase")
class CyclePhaseListener implements ExecutionListener {

    private final Cycles cycles;

    CyclePhaseListener(Cycles cycles) {
        this.cycles = cycles;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String calledProcess = execution.getBpmnModelElementInstance().getAttributeValue("calledElement");
        Phase phase = Phase.ofProcessKey(calledProcess)
                .orElseThrow(() -> new IllegalStateException("no phase runs process " + execution.getCurrentActivityId()));
        cycles.updatePhase(execution.getProcessBusinessKey(), phase);
    }
}
