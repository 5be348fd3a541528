package vn.vusta.thidua.council;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.cycle.CycleContext;
import vn.vusta.thidua.cycle.Notifications;
import vn.vusta.thidua.cycle.Phase;
import vn.vusta.thidua.cycle.PhaseTallies;
import vn.vusta.thidua.rules.MissingVote;
import vn.vusta.thidua.rules.RuleBook;
import vn.vusta.thidua.rules.RuleBooks;
import vn.vusta.thidua.rules.Threshold;
import vn.vusta.thidua.system.GroupIds;

/**
 * Counts the council's approvals per nominee against the cycle's council rule ({@code council} decision), when
 * every member has voted or when the vote's deadline has passed with the votes cast. A member who did not vote
 * counts as the table says ({@link MissingVote}): by default as not approving, the base being every council member
 * the vote was opened for.
 */
@Component("tallyCouncilVotes")
class TallyCouncilVotesDelegate implements JavaDelegate {

    private final DossierView view;
    private final CouncilVotes votes;
    private final RuleBooks ruleBooks;
    private final PhaseTallies tallies;
    private final Notifications notifications;

    TallyCouncilVotesDelegate(DossierView view, CouncilVotes votes, RuleBooks ruleBooks, PhaseTallies tallies,
            Notifications notifications) {
        this.view = view;
        this.votes = votes;
        this.ruleBooks = ruleBooks;
        this.tallies = tallies;
        this.notifications = notifications;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void execute(DelegateExecution execution) {
        CycleContext cycle = CycleContext.of(execution);
        List<String> council = (List<String>) execution.getVariable(CouncilVariables.COUNCIL_MEMBERS);
        RuleBook rules = ruleBooks.forVersions(cycle.rules());
        Threshold threshold = rules.council(cycle.year());
        MissingVote missingVote = rules.councilMissingVote(cycle.year());
        List<CouncilBallot> ballots = votes.ballots(cycle.businessKey());
        List<CouncilTally> tally = count(view.nominees(cycle.businessKey()), ballots, council, threshold, missingVote);
        votes.insertTally(cycle.businessKey(), tally);
        List<String> notVoted = notVoted(council, ballots);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("councilMembers", council.size());
        summary.put("voted", council.size() - notVoted.size());
        summary.put("notVoted", notVoted);
        summary.put("missingVote", missingVote.name());
        summary.put("threshold", threshold.describe());
        summary.put("approved", tally.stream().filter(CouncilTally::approved).map(t -> t.nominee().key()).toList());
        summary.put("rejected", tally.stream().filter(t -> !t.approved()).map(t -> t.nominee().key()).toList());
        tallies.record(cycle.businessKey(), Phase.COUNCIL, summary);
        if (!notVoted.isEmpty()) {
            notifications.send(cycle.businessKey(), GroupIds.COUNCIL_OFFICE, "COUNCIL_VOTE_CLOSED",
                    "Hết hạn biểu quyết khen thưởng năm " + cycle.year() + " — " + cycle.clusterLabel() + ": "
                            + (council.size() - notVoted.size()) + "/" + council.size()
                            + " thành viên Hội đồng đã biểu quyết; chưa biểu quyết: " + String.join(", ", notVoted) + " ("
                            + (missingVote == MissingVote.NOT_APPROVING ? "tính là không đồng ý" : "không tính") + ").");
        }
    }

    /** Only ballots of the council members the vote was opened for count. */
    static List<CouncilTally> count(List<Nominee> nominees, List<CouncilBallot> ballots, List<String> council,
            Threshold threshold) {
        return count(nominees, ballots, council, threshold, MissingVote.NOT_APPROVING);
    }

    static List<CouncilTally> count(List<Nominee> nominees, List<CouncilBallot> ballots, List<String> council,
            Threshold threshold, MissingVote missingVote) {
        List<CouncilBallot> counted = ballots.stream().filter(b -> council.contains(b.voter())).toList();
        int base = missingVote == MissingVote.NOT_APPROVING ? council.size()
                : (int) counted.stream().map(CouncilBallot::voter).distinct().count();
        List<CouncilTally> result = new ArrayList<>();
        for (Nominee nominee : nominees) {
            int approvals = (int) counted.stream()
                    .filter(b -> b.items().stream().anyMatch(i -> i.nominee().equals(nominee) && i.approved())).count();
            result.add(new CouncilTally(nominee, approvals, base, threshold.reachedBy(approvals, base),
                    threshold.explain(approvals, base)));
        }
        return result;
    }

    private static List<String> notVoted(List<String> council, List<CouncilBallot> ballots) {
        List<String> voters = ballots.stream().map(CouncilBallot::voter).toList();
        return council.stream().filter(member -> !voters.contains(member)).toList();
    }
}
