package vn.vusta.thidua.council;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.system.AuditTrail;
import vn.vusta.thidua.workflow.Actor;
import vn.vusta.thidua.workflow.FormJson;
import vn.vusta.thidua.engine.FormPrefill;
import vn.vusta.thidua.workflow.FormValues;

/**
 * One council member's vote ({@code Task_CouncilVote}, form {@code council-vote}, assigned to the member): when the
 * form opens, the proposal and one checklist option per nominee; on complete, approved = checked, not approved =
 * unchecked, stored per nominee with who and when. An option that is not a proposed nominee is refused.
 */
@Component("councilVote")
class CouncilVoteListener implements TaskListener, FormPrefill {

    static final String APPROVED = "approved";
    static final String REMARKS = "remarks";
    static final String OPTIONS = "nomineeOptions";
    static final int REMARKS_LENGTH = 1000;

    private final DossierView view;
    private final CouncilVotes votes;
    private final AuditTrail audit;
    private final Actor actor;
    private final Clock clock;

    CouncilVoteListener(DossierView view, CouncilVotes votes, AuditTrail audit, Actor actor, Clock clock) {
        this.view = view;
        this.votes = votes;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    @Override
    public Map<String, Object> values(DelegateTask task) {
        String businessKey = task.getExecution().getProcessBusinessKey();
        Map<String, Object> values = new LinkedHashMap<>(view.shown(businessKey));
        values.put(OPTIONS, FormJson.serialized(view.options(view.nominees(businessKey))));
        return values;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!EVENTNAME_COMPLETE.equals(task.getEventName())) {
            return; // earlier process versions also call it on create: their form's values now come from the prefill
        }
        String businessKey = task.getExecution().getProcessBusinessKey();
        List<Nominee> nominees = view.nominees(businessKey);
        FormValues form = new FormValues(task);
        Set<String> approved = form.choices(APPROVED, "Đồng ý khen thưởng", nominees.stream().map(Nominee::key).toList());
        String remarks = form.text(REMARKS, "Ý kiến", REMARKS_LENGTH, false);
        form.throwIfInvalid();
        String voter = (String) task.getExecution().getVariable(CouncilVariables.COUNCIL_MEMBER);
        List<CouncilBallot.Item> items = nominees.stream()
                .map(n -> new CouncilBallot.Item(n, approved.contains(n.key()))).toList();
        votes.insert(new CouncilBallot(businessKey, voter, items, remarks, clock.instant(), task.getId()));
        audit.record(actor.of(task), "COUNCIL_VOTE", businessKey + "/council/vote/" + voter,
                "đồng ý: " + (approved.isEmpty() ? "không đơn vị nào" : String.join(", ", approved)));
    }
}
