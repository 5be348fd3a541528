package vn.vusta.thidua.vote;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.cycle.CycleContext;

/**
 * Start of the vote ({@code Task_PrepareBallot}): asks the rules who is eligible for each title and who may be
 * elected, and opens round 1. The ballot form's options come from {@link CastBallotListener} when it opens.
 */
@Component("prepareBallot")
class PrepareBallotDelegate implements JavaDelegate {

    private final VoteSetupFactory setups;
    private final BallotBox box;

    PrepareBallotDelegate(VoteSetupFactory setups, BallotBox box) {
        this.setups = setups;
        this.box = box;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CycleContext cycle = CycleContext.of(execution);
        VoteSetup setup = setups.of(cycle);
        box.openFirstRound(cycle.businessKey());
        execution.setVariable(VoteVariables.ROUND, 1);
        execution.setVariable(VoteVariables.RUNOFF_NEEDED, false);
    }
}
