package vn.vusta.thidua.vote;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.cycle.CycleContext;
import vn.vusta.thidua.cycle.CycleVariables;
import vn.vusta.thidua.cycle.Phase;
import vn.vusta.thidua.cycle.UnitProgress;
import vn.vusta.thidua.rules.Role;
import vn.vusta.thidua.rules.Title;
import vn.vusta.thidua.system.AuditTrail;
import vn.vusta.thidua.reference.VietnameseFormat;
import vn.vusta.thidua.workflow.Actor;
import vn.vusta.thidua.engine.FieldError;
import vn.vusta.thidua.workflow.FormJson;
import vn.vusta.thidua.engine.FormPrefill;
import vn.vusta.thidua.engine.InvalidSubmissionException;

/**
 * Listener of a unit's ballot ({@code Task_CastBallot}, {@code Task_CastRunoffBallot}). When the form opens: the
 * unit's own options (without itself when the rules forbid a self-vote), as a {@link FormPrefill}. On complete: checks
 * the ballot with {@link BallotValidator} (voter = the task's {@code unit}); a refused ballot leaves the task open
 * and stores nothing. An accepted one is stored without any link to the voter, the unit's participation is recorded apart,
 * and the ballot fields are removed from the task (history never records them: {@link BallotSecrecy}).
 */
@Component("castBallot")
class CastBallotListener implements TaskListener, FormPrefill {

    private final VoteSetupFactory setups;
    private final VoteOptions options;
    private final BallotBox box;
    private final BallotValidator validator;
    private final VietnameseFormat format;
    private final UnitProgress progress;
    private final AuditTrail audit;
    private final Actor actor;

    CastBallotListener(VoteSetupFactory setups, VoteOptions options, BallotBox box, UnitProgress progress,
            AuditTrail audit, Actor actor, VietnameseFormat format) {
        this.validator = new BallotValidator(unit -> format.unit(unit));
        this.format = format;
        this.setups = setups;
        this.options = options;
        this.box = box;
        this.progress = progress;
        this.audit = audit;
        this.actor = actor;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!EVENTNAME_COMPLETE.equals(task.getEventName())) {
            return; // earlier process versions also call it on create: their options now come from the form's prefill
        }
        String businessKey = task.getExecution().getProcessBusinessKey();
        CycleContext cycle = CycleContext.of(task);
        cast(task, cycle, CycleContext.unitOf(task), round(task, businessKey), setups.of(cycle));
    }

    @Override
    public Set<String> taskDefinitionKeys() {
        return Set.of("Task_CastBallot", "Task_CastRunoffBallot");
    }

    /** The unit's own options, computed when its ballot opens (without itself when the rules forbid a self-vote). */
    @Override
    public Map<String, Object> values(DelegateTask task) {
        String businessKey = task.getExecution().getProcessBusinessKey();
        VoteSetup setup = setups.of(CycleContext.of(task));
        String unit = CycleContext.unitOf(task);
        BallotBox.Round round = round(task, businessKey);
        if (round.isRunoff()) {
            return Map.of(VoteVariables.RUNOFF_OPTIONS, ownOptions(round.runoff().candidates(), unit, setup));
        }
        return Map.of(VoteVariables.FLAG_OPTIONS, ownOptions(setup.eligibleFor(Title.FLAG), unit, setup),
                VoteVariables.MERIT_OPTIONS, ownOptions(setup.eligibleFor(Title.MERIT), unit, setup));
    }

    private Object ownOptions(Collection<String> units, String voter, VoteSetup setup) {
        return FormJson.serialized(options.units(selectable(units, voter, setup), setup));
    }

    private BallotBox.Round round(DelegateTask task, String businessKey) {
        return box.round(businessKey, ((Number) task.getExecution().getVariable(VoteVariables.ROUND)).intValue());
    }

    private void cast(DelegateTask task, CycleContext cycle, String unit, BallotBox.Round round, VoteSetup setup) {
        List<FieldError> errors = new ArrayList<>();
        Ballot ballot = BallotForm.read(task, errors);
        BallotContext context = round.isRunoff() ? setup.firstRound().forRunoff(round.runoff()) : setup.firstRound();
        errors.addAll(validator.validate(unit, ballot, context));
        if (!round.isRunoff() && ballot.nextDeputy() != null && setup.members().contains(ballot.nextDeputy())
                && !setup.electableAs(Role.DEPUTY).contains(ballot.nextDeputy())) {
            errors.add(new FieldError(VoteVariables.NEXT_DEPUTY, BallotValidator.DEPUTY_LABEL + ": «"
                    + format.unit(ballot.nextDeputy()) + "» không đủ điều kiện làm Cụm phó"));
        }
        if (round.isRunoff() && (ballot.nextHead() != null || ballot.nextDeputy() != null)) {
            errors.add(new FieldError(VoteVariables.NEXT_HEAD, "Vòng bầu lại không bầu Cụm trưởng, Cụm phó"));
        }
        if (box.hasVoted(cycle.businessKey(), round.number(), unit)) {
            errors.add(alreadyVoted(round));
        }
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException(errors);
        }
        boolean late = progress.submitted(cycle.businessKey(), Phase.VOTE, unit,
                round.isRunoff() ? null : CycleContext.due(task, Phase.VOTE));
        String who = actor.of(task);
        try {
            box.cast(cycle.businessKey(), round.number(), unit, who, late, ballot);
        } catch (BallotBox.AlreadyVoted e) {
            throw new InvalidSubmissionException(List.of(alreadyVoted(round)));
        }
        audit.record(who, "CAST_BALLOT", cycle.businessKey() + "/vote/" + round.number() + "/" + unit,
                late ? "bỏ phiếu muộn" : null);
    }

    private static FieldError alreadyVoted(BallotBox.Round round) {
        return new FieldError("voter", "Đơn vị đã bỏ phiếu " + (round.isRunoff() ? "vòng bầu lại " + (round.number() - 1)
                : "vòng 1") + " — mỗi đơn vị chỉ bỏ một phiếu");
    }

    private static Set<String> selectable(Collection<String> units, String voter, VoteSetup setup) {
        Set<String> result = new LinkedHashSet<>(units);
        if (!setup.rules().selfVoteAllowed()) {
            result.remove(voter);
        }
        return result;
    }
}
