package vn.vusta.thidua.vote;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.cycle.CycleContext;
import vn.vusta.thidua.rules.Role;
import vn.vusta.thidua.rules.Title;
import vn.vusta.thidua.workflow.FormJson;

/**
 * Start of the vote ({@code Task_PrepareBallot}): asks the rules who is eligible for each title and who may be
 * elected, opens round 1, and gives the ballot form its options and the year-end ranking (public, as JSON).
 */
@Component("prepareBallot")
class PrepareBallotDelegate implements JavaDelegate {

    private final VoteSetupFactory setups;
    private final VoteOptions options;
    private final BallotBox box;

    PrepareBallotDelegate(VoteSetupFactory setups, VoteOptions options, BallotBox box) {
        this.setups = setups;
        this.options = options;
        this.box = box;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CycleContext cycle = CycleContext.of(execution);
        VoteSetup setup = setups.of(cycle);
        box.openFirstRound(cycle.businessKey());
        execution.setVariable(VoteVariables.ROUND, 1);
        execution.setVariable(VoteVariables.RUNOFF_NEEDED, false);
        execution.setVariable(VoteVariables.RANKING, FormJson.stored(options.ranking(setup)));
        execution.setVariable(VoteVariables.FLAG_OPTIONS, FormJson.stored(options.units(setup.eligibleFor(Title.FLAG), setup)));
        execution.setVariable(VoteVariables.MERIT_OPTIONS, FormJson.stored(options.units(setup.eligibleFor(Title.MERIT), setup)));
        execution.setVariable(VoteVariables.HEAD_OPTIONS, FormJson.stored(options.candidates(Role.HEAD, setup)));
        execution.setVariable(VoteVariables.DEPUTY_OPTIONS, FormJson.stored(options.candidates(Role.DEPUTY, setup)));
        execution.setVariable(VoteVariables.FLAG_QUOTA, setup.quotas().flags());
        execution.setVariable(VoteVariables.MERIT_QUOTA, setup.quotas().merits());
    }
}
