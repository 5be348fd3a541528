package vn.vusta.thidua.council;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.engine.FormPrefill;

import vn.vusta.thidua.cycle.CycleContext;
import vn.vusta.thidua.cycle.VoteOutcomes;
import vn.vusta.thidua.workflow.Actor;
import vn.vusta.thidua.workflow.FormJson;

/**
 * The chair's signature ({@code Task_SignDecision}, form {@code sign-decision}): when the form opens, the approved and the
 * rejected nominees with the council's explanation and next year's head and deputy; on complete, the decision
 * number and date are checked and the award decision is stored. {@code Task_RecordAwards} then grants the awards.
 */
@Component("signDecision")
class SignDecisionListener implements TaskListener, FormPrefill {

    static final String APPROVED = "approvedNominees";
    static final String REJECTED = "rejectedNominees";

    private final DossierView view;
    private final CouncilVotes votes;
    private final Awards awards;
    private final VoteOutcomes nominations;
    private final Actor actor;
    private final Clock clock;

    SignDecisionListener(DossierView view, CouncilVotes votes, Awards awards, VoteOutcomes nominations, Actor actor,
            Clock clock) {
        this.view = view;
        this.votes = votes;
        this.awards = awards;
        this.nominations = nominations;
        this.actor = actor;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            CycleContext cycle = CycleContext.of(task);
            DecisionForm.Submission signed = DecisionForm.read(task, cycle.year(), LocalDate.now(clock));
            VoteOutcomes.Leaders election = nominations.leaders(cycle.businessKey()).orElse(null);
            awards.insertDecision(new AwardDecision(cycle.businessKey(), cycle.cluster(), cycle.year(), signed.number(),
                    signed.date(), actor.of(task), clock.instant(), election == null ? null : election.head(),
                    election == null ? null : election.deputy(), task.getId()));
        }
    }

    /** The proposal, the election, and the approved and the rejected nominees with the council's explanation. */
    @Override
    public Map<String, Object> values(DelegateTask task) {
        String businessKey = task.getExecution().getProcessBusinessKey();
        Map<String, Object> values = new LinkedHashMap<>(view.shown(businessKey));
        List<CouncilTally> tally = votes.tally(businessKey);
        values.put(APPROVED, FormJson.serialized(rows(tally.stream().filter(CouncilTally::approved).toList())));
        values.put(REJECTED, FormJson.serialized(rows(tally.stream().filter(t -> !t.approved()).toList())));
        return values;
    }

    private List<Map<String, Object>> rows(List<CouncilTally> tally) {
        return tally.stream().map(t -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("unit", view.name(t.nominee().unit()));
            row.put("title", t.nominee().title().label());
            row.put("approvals", t.approvals() + "/" + t.base());
            row.put("explanation", t.explanation());
            return row;
        }).toList();
    }
}
