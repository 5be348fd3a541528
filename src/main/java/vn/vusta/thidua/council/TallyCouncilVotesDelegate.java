package vn.vusta.thidua.council;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.cycle.CycleContext;
import vn.vusta.thidua.cycle.Phase;
import vn.vusta.thidua.cycle.PhaseTallies;
import vn.vusta.thidua.rules.RuleBooks;
import vn.vusta.thidua.rules.Threshold;

/**
 * Counts the council's approvals per nominee against the cycle's council rule ({@code council} decision): the
 * base is every council member the vote was opened for, whether they voted or not.
 */
@Component("tallyCouncilVotes")
class TallyCouncilVotesDelegate implements JavaDelegate {

    private final DossierView view;
    private final CouncilVotes votes;
    private final RuleBooks ruleBooks;
    private final PhaseTallies tallies;

    TallyCouncilVotesDelegate(DossierView view, CouncilVotes votes, RuleBooks ruleBooks, PhaseTallies tallies) {
        this.view = view;
        this.votes = votes;
        this.ruleBooks = ruleBooks;
        this.tallies = tallies;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void execute(DelegateExecution execution) {
        CycleContext cycle = CycleContext.of(execution);
        List<String> council = (List<String>) execution.getVariable(CouncilVariables.COUNCIL_MEMBERS);
        Threshold threshold = ruleBooks.forVersions(cycle.rules()).council(cycle.year());
        List<CouncilTally> tally = count(view.nominees(cycle.businessKey()), votes.ballots(cycle.businessKey()),
                council, threshold);
        votes.insertTally(cycle.businessKey(), tally);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("councilMembers", council.size());
        summary.put("voted", votes.ballots(cycle.businessKey()).size());
        summary.put("threshold", threshold.describe());
        summary.put("approved", tally.stream().filter(CouncilTally::approved).map(t -> t.nominee().key()).toList());
        summary.put("rejected", tally.stream().filter(t -> !t.approved()).map(t -> t.nominee().key()).toList());
        tallies.record(cycle.businessKey(), Phase.COUNCIL, summary);
    }

    /** Only ballots of the council members the vote was opened for count. */
    static List<CouncilTally> count(List<Nominee> nominees, List<CouncilBallot> ballots, List<String> council,
            Threshold threshold) {
        List<CouncilTally> result = new ArrayList<>();
        for (Nominee nominee : nominees) {
            int approvals = (int) ballots.stream().filter(b -> council.contains(b.voter()))
                    .filter(b -> b.items().stream().anyMatch(i -> i.nominee().equals(nominee) && i.approved())).count();
            result.add(new CouncilTally(nominee, approvals, council.size(), threshold.reachedBy(approvals, council.size()),
                    threshold.explain(approvals, council.size())));
        }
        return result;
    }
}
