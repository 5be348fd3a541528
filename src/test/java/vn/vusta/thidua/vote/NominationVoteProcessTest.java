package vn.vusta.thidua.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.vusta.thidua.support.FixedHeadDeadlines;
import vn.vusta.thidua.support.PhaseStart;
import vn.vusta.thidua.support.ProcessTestEngine;

/**
 * The nomination vote model alone, with mocked listeners and delegates: the ballot is prepared, every unit casts a
 * secret ballot, the tally decides or calls a runoff (as often as the tally says), the head confirms the minutes
 * and the dossier is sent; the reminder and deadline timers fire beside the open ballots.
 */
@Deployment(resources = {"processes/vote.bpmn", "forms/cast-ballot.form", "forms/cast-runoff-ballot.form",
        "forms/confirm-minutes.form"})
class NominationVoteProcessTest {

    @RegisterExtension
    static ProcessTestEngine engine = new ProcessTestEngine();

    private final TaskListener presentTask = engine.mock("presentTask", TaskListener.class);
    private final FixedHeadDeadlines headDeadlines = engine.register("headDeadlines", new FixedHeadDeadlines());
    private final TaskListener remindHead = engine.mock("remindHead", TaskListener.class);
    private final TaskListener headTaskLate = engine.mock("headTaskLate", TaskListener.class);
    private final ExecutionListener startAchievementReports = engine.mock("startAchievementReports", ExecutionListener.class);
    private final TaskListener castBallot = engine.mock("castBallot", TaskListener.class);
    private final TaskListener confirmMinutes = engine.mock("confirmMinutes", TaskListener.class);
    private final TaskListener minutesDocuments = engine.mock("minutesDocuments", TaskListener.class);
    private final JavaDelegate prepareBallot = engine.mock("prepareBallot", JavaDelegate.class);
    private final JavaDelegate tallyVotes = engine.mock("tallyVotes", JavaDelegate.class);
    private final JavaDelegate sendDossier = engine.mock("sendDossier", JavaDelegate.class);
    private final JavaDelegate remindOpenUnits = engine.mock("remindOpenUnits", JavaDelegate.class);
    private final JavaDelegate escalateLateUnits = engine.mock("escalateLateUnits", JavaDelegate.class);
    /** What each tally finds: a tie at the quota's boundary (true) or a result (false). */
    private final Deque<Boolean> runoffNeeded = new ArrayDeque<>();

    @BeforeEach
    void answerLikeTheRealDelegates() throws Exception {
        doAnswer(call -> {
            call.getArgument(0, DelegateExecution.class).setVariable("runoffNeeded", runoffNeeded.pop());
            return null;
        }).when(tallyVotes).execute(any());
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey("vote", "8-2031", PhaseStart.variables("vote", "dossier"));
    }

    private List<Task> tasks(ProcessInstance vote, String activityId) {
        return taskQuery().processInstanceId(vote.getId()).taskDefinitionKey(activityId).list();
    }

    private void castAll(ProcessInstance vote, String activityId) {
        List<Task> ballots = tasks(vote, activityId);
        assertThat(ballots).hasSize(PhaseStart.MEMBERS.size());
        ballots.forEach(task -> complete(task));
    }

    @Test
    void shouldPrepareTheBallotThenAskEveryMemberUnitToVoteByTheDueDate() throws Exception {
        ProcessInstance vote = start();

        verify(prepareBallot).execute(any());
        assertThat(vote).hasPassed("Task_PrepareBallot").isWaitingAt("Task_CastBallot");
        for (String unit : PhaseStart.MEMBERS) {
            Task ballot = taskQuery().processInstanceId(vote.getId()).taskCandidateGroup("province-" + unit).singleResult();
            assertThat(ballot).hasDefinitionKey("Task_CastBallot").hasDueDate(PhaseStart.DUE);
            assertThat(engine.formOf(ballot)).isEqualTo("cast-ballot");
        }
    }

    @Test
    void shouldTallyOnceAllBallotsAreInThenHaveTheHeadConfirmTheMinutesAndSendTheDossier() throws Exception {
        runoffNeeded.add(false);
        ProcessInstance vote = start();

        castAll(vote, "Task_CastBallot");
        assertThat(vote).isWaitingAt("Task_TallyVotes");
        execute(job("Task_TallyVotes", vote));

        assertThat(vote).isWaitingAt("Task_ConfirmMinutes");
        assertThat(task(vote)).hasCandidateGroup("province-HN").hasDueDate(FixedHeadDeadlines.DUE);
        assertThat(engine.formOf(task(vote))).isEqualTo("confirm-minutes");
        complete(task(vote));

        assertThat(vote).hasPassedInOrder("Task_CastBallot", "Task_TallyVotes", "Task_ConfirmMinutes",
                "Task_SendDossier", "EndEvent_DossierSent").hasNotPassed("Task_CastRunoffBallot").isEnded();
        verify(castBallot, times(3)).notify(any());
        verify(confirmMinutes).notify(any()); // on completion only
        verify(minutesDocuments, times(2)).notify(any());
        verify(sendDossier).execute(any());
    }

    @Test
    void shouldCallARunoffOnATieAtTheBoundaryAndTallyItsBallots() throws Exception {
        runoffNeeded.add(true);
        runoffNeeded.add(false);
        ProcessInstance vote = start();
        castAll(vote, "Task_CastBallot");
        execute(job("Task_TallyVotes", vote));

        assertThat(vote).isWaitingAt("Task_CastRunoffBallot");
        Task runoffBallot = taskQuery().processInstanceId(vote.getId()).taskCandidateGroup("province-QN").singleResult();
        assertThat(runoffBallot).hasDefinitionKey("Task_CastRunoffBallot").hasDueDate(PhaseStart.DUE);
        assertThat(engine.formOf(runoffBallot)).isEqualTo("cast-runoff-ballot");
        castAll(vote, "Task_CastRunoffBallot");
        execute(job("Task_TallyVotes", vote));

        assertThat(vote).isWaitingAt("Task_ConfirmMinutes").hasPassed("Task_CastRunoffBallot");
        verify(tallyVotes, times(2)).execute(any());
        verify(castBallot, times(6)).notify(any());
    }

    @Test
    void shouldRunAnotherRunoffWhileTheTallyStillFindsATie() throws Exception {
        runoffNeeded.add(true);
        runoffNeeded.add(true);
        runoffNeeded.add(false);
        ProcessInstance vote = start();
        castAll(vote, "Task_CastBallot");
        execute(job("Task_TallyVotes", vote));
        castAll(vote, "Task_CastRunoffBallot");
        execute(job("Task_TallyVotes", vote));

        assertThat(vote).isWaitingAt("Task_CastRunoffBallot");
        castAll(vote, "Task_CastRunoffBallot");
        execute(job("Task_TallyVotes", vote));
        assertThat(vote).isWaitingAt("Task_ConfirmMinutes");
        verify(tallyVotes, times(3)).execute(any());
    }

    @Test
    void shouldRemindThenEscalateUnitsThatHaveNotVotedWhileTheirBallotsStayOpen() throws Exception {
        ProcessInstance vote = start();
        complete(tasks(vote, "Task_CastBallot").get(0));

        assertThat(job("BoundaryEvent_VoteReminder", vote)).hasDueDate(PhaseStart.REMINDER);
        execute(job("BoundaryEvent_VoteReminder", vote));
        verify(remindOpenUnits).execute(any());
        verify(escalateLateUnits, never()).execute(any());
        assertThat(vote).hasPassed("EndEvent_OpenUnitsReminded").isWaitingAt("Task_CastBallot");

        assertThat(job("BoundaryEvent_VoteDeadline", vote)).hasDueDate(PhaseStart.DUE);
        execute(job("BoundaryEvent_VoteDeadline", vote));
        verify(escalateLateUnits).execute(any());
        assertThat(vote).hasPassed("EndEvent_LateUnitsEscalated").isWaitingAt("Task_CastBallot");
        assertThat(tasks(vote, "Task_CastBallot")).hasSize(2);
    }
}
