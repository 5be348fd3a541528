package vn.vusta.thidua.vote;

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
import vn.vusta.thidua.rules.Title;
import vn.vusta.thidua.reference.VietnameseFormat;
import vn.vusta.thidua.workflow.FormJson;

/**
 * {@code Task_TallyVotes}: counts the stored ballots of round 1 and of every runoff held so far with
 * {@link VoteTally}. If a tie at a quota boundary needs a runoff (and the rules allow one more), opens that round
 * and gives the runoff form its candidates; otherwise stores the nominations and the election and records a summary
 * of aggregated counts.
 */
@Component("tallyVotes")
class TallyVotesDelegate implements JavaDelegate {

    private final VoteSetupFactory setups;
    private final VoteOptions options;
    private final BallotBox box;
    private final Nominations nominations;
    private final PhaseTallies tallies;
    private final VietnameseFormat format;
    private final VoteTally tally = new VoteTally();

    TallyVotesDelegate(VoteSetupFactory setups, VoteOptions options, BallotBox box, Nominations nominations,
            PhaseTallies tallies, VietnameseFormat format) {
        this.setups = setups;
        this.options = options;
        this.box = box;
        this.nominations = nominations;
        this.tallies = tallies;
        this.format = format;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CycleContext cycle = CycleContext.of(execution);
        VoteSetup setup = setups.of(cycle);
        List<BallotBox.Round> rounds = box.rounds(cycle.businessKey());
        TallyInput.Builder input = TallyInput.builder().members(setup.members())
                .ballots(box.ballots(cycle.businessKey(), 1)).eligibility(setup.eligibility())
                .scores(setup.scoreByUnit()).quotas(setup.quotas()).rules(setup.rules())
                .outgoing(cycle.head(), cycle.deputy()).rotation(setup.rotationRule()).names(format::unit);
        rounds.stream().filter(BallotBox.Round::isRunoff)
                .forEach(round -> input.runoff(round.runoff(), box.ballots(cycle.businessKey(), round.number())));
        TallyResult result = tally.tally(input.build());

        if (result.runoffNeeded().isPresent()) {
            Runoff runoff = result.runoffNeeded().get();
            int number = box.openRunoff(cycle.businessKey(), runoff);
            execution.setVariable(VoteVariables.ROUND, number);
            execution.setVariable(VoteVariables.RUNOFF_NEEDED, true);
            execution.setVariable(VoteVariables.RUNOFF_TITLE, runoff.title().name());
            execution.setVariable(VoteVariables.RUNOFF_TITLE_LABEL, runoff.title().label());
            execution.setVariable(VoteVariables.RUNOFF_SEATS, runoff.seats());
            execution.setVariable(VoteVariables.RUNOFF_OPTIONS, FormJson.stored(options.units(runoff.candidates(), setup)));
            return;
        }
        List<NomineeOutcome> outcomes = new ArrayList<>();
        for (Title title : Title.values()) {
            outcomes.addAll(result.outcomes(title));
        }
        nominations.replace(cycle.businessKey(), outcomes, result.election());
        execution.setVariable(VoteVariables.RUNOFF_NEEDED, false);
        tallies.record(cycle.businessKey(), Phase.VOTE, summary(cycle, rounds, result));
    }

    private Map<String, Object> summary(CycleContext cycle, List<BallotBox.Round> rounds, TallyResult result) {
        List<Map<String, Object>> perRound = new ArrayList<>();
        for (BallotBox.Round round : rounds) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("round", round.number());
            row.put("title", round.isRunoff() ? round.runoff().title().name() : null);
            row.put("candidates", round.isRunoff() ? round.runoff().candidates() : null);
            row.put("ballots", box.ballots(cycle.businessKey(), round.number()).size());
            perRound.add(row);
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("members", cycle.members().size());
        summary.put("rounds", perRound);
        summary.put("proposedFlag", result.proposed(Title.FLAG));
        summary.put("proposedMerit", result.proposed(Title.MERIT));
        summary.put("nextHead", result.election().head());
        summary.put("nextHeadVotes", result.election().headVotes());
        summary.put("nextDeputy", result.election().deputy());
        summary.put("nextDeputyVotes", result.election().deputyVotes());
        return summary;
    }
}
