package vn.vusta.thidua.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.vusta.thidua.engine.EngineClock;
import vn.vusta.thidua.support.PhaseStart;
import vn.vusta.thidua.support.ProcessTestEngine;

/**
 * The council approval model alone, with mocked listeners and delegates: the council's office checks the dossier
 * (returning it to the head until it is in order), each council member votes on the nominees — or, with no
 * nominee, the vote is skipped — and the chair signs the decision before the awards are recorded.
 */
@Deployment(resources = {"processes/council.bpmn", "forms/check-dossier.form", "forms/correct-dossier.form",
        "forms/council-vote.form", "forms/sign-decision.form"})
class CouncilApprovalProcessTest {

    private static final Date COUNCIL_DUE = Date.from(Instant.parse("2032-12-31T16:59:59Z"));
    private static final Date COUNCIL_REMINDER = Date.from(Instant.parse("2032-12-24T01:00:00Z"));

    private static final Clock ENGINE_CLOCK = new Clock() {
        @Override
        public ZoneId getZone() {
            return EngineClock.VIETNAM;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(instant(), zone);
        }

        @Override
        public Instant instant() {
            return ClockUtil.getCurrentTime().toInstant();
        }
    };

    private static final List<String> COUNCIL = List.of("council-1", "council-2", "council-3");

    @RegisterExtension
    static ProcessTestEngine engine = new ProcessTestEngine();

    private final TaskListener presentTask = engine.mock("presentTask", TaskListener.class);
    private final TaskListener dossierCheck = engine.mock("dossierCheck", TaskListener.class);
    private final TaskListener dossierCorrection = engine.mock("dossierCorrection", TaskListener.class);
    private final TaskListener councilVote = engine.mock("councilVote", TaskListener.class);
    private final TaskListener signDecision = engine.mock("signDecision", TaskListener.class);
    private final TaskListener decisionDocuments = engine.mock("decisionDocuments", TaskListener.class);
    private final JavaDelegate collectCouncilMembers = engine.mock("collectCouncilMembers", JavaDelegate.class);
    private final JavaDelegate tallyCouncilVotes = engine.mock("tallyCouncilVotes", JavaDelegate.class);
    private final JavaDelegate recordAwards = engine.mock("recordAwards", JavaDelegate.class);
    private final TaskListener achievementReport = engine.mock("achievementReport", TaskListener.class);
    private final TaskListener confirmMinutes = engine.mock("confirmMinutes", TaskListener.class);
    private final TaskListener reopenedResults = engine.mock("reopenedResults", TaskListener.class);
    private final TaskListener resultsTask = engine.mock("resultsTask", TaskListener.class);
    private final JavaDelegate dossierDocuments = engine.mock("dossierDocuments", JavaDelegate.class);
    private final JavaDelegate escalateUnsignedDecision = engine.mock("escalateUnsignedDecision", JavaDelegate.class);
    private final JavaDelegate remindCouncil = engine.mock("remindCouncil", JavaDelegate.class);
    private final JavaDelegate tallyResults = engine.mock("tallyResults", JavaDelegate.class);
    /** Stands in for {@code CouncilDeadlines}: every step due on one fixed day, its reminder a week before. */
    private final ExecutionListener councilDeadlines = engine.register("councilDeadlines", (ExecutionListener) execution -> {
        for (String step : List.of("Check", "Vote", "Sign")) {
            execution.getProcessInstance().setVariable("council" + step + "Due", COUNCIL_DUE);
            execution.getProcessInstance().setVariable("council" + step + "Reminder", COUNCIL_REMINDER);
        }
    });
    private final TaskListener remindCorrection = engine.mock("remindCorrection", TaskListener.class);
    private final TaskListener correctionLate = engine.mock("correctionLate", TaskListener.class);
    /** The real deadlines of a correction (7 days, reminded 3 days before), on the engine's clock. */
    private final CorrectionDeadlines correctionDeadlines = engine.register("correctionDeadlines",
            new CorrectionDeadlines(new CouncilCalendar(10, 14, 7, 3, 7), ENGINE_CLOCK));
    /** How many nominees the dossier holds, as the real dossier check reads them from the vote's outcome. */
    private int nominees = 2;

    @BeforeEach
    void answerLikeTheRealDelegates() throws Exception {
        doAnswer(call -> {
            DelegateTask task = call.getArgument(0);
            if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
                var process = task.getExecution().getProcessInstance();
                process.setVariableLocal("dossierDecision", task.getVariable("decision"));
                process.setVariableLocal("nomineeCount", nominees);
            }
            return null;
        }).when(dossierCheck).notify(any());
        doAnswer(call -> {
            call.getArgument(0, DelegateExecution.class).setVariable("councilMembers", new ArrayList<>(COUNCIL));
            return null;
        }).when(collectCouncilMembers).execute(any());
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey("council", "8-2031", PhaseStart.variables("council", "next"));
    }

    private void signAndRecord(ProcessInstance approval) {
        assertThat(approval).isWaitingAt("Task_SignDecision");
        assertThat(task(approval)).hasCandidateGroup("council-chair");
        assertThat(engine.formOf(task(approval))).isEqualTo("sign-decision");
        complete(task(approval));
    }

    @Test
    void shouldHaveTheCouncilOfficeCheckTheDossierFirst() {
        ProcessInstance approval = start();

        assertThat(approval).isWaitingAt("Task_CheckDossier");
        assertThat(task(approval)).hasCandidateGroup("council-office");
        assertThat(engine.formOf(task(approval))).isEqualTo("check-dossier");
    }

    @Test
    void shouldLetEveryCouncilMemberVoteOnTheNomineesThenTheChairSign() throws Exception {
        ProcessInstance approval = start();
        complete(task(approval), withVariables("decision", "accept"));

        assertThat(approval).isWaitingAt("Task_CollectCouncilMembers");
        execute(job("Task_CollectCouncilMembers", approval));
        assertThat(approval).isWaitingAt("Task_CouncilVote");
        List<Task> votes = taskQuery().processInstanceId(approval.getId()).taskDefinitionKey("Task_CouncilVote").list();
        assertThat(votes).extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(COUNCIL);
        assertThat(engine.formOf(votes.get(0))).isEqualTo("council-vote");
        votes.forEach(vote -> complete(vote));

        assertThat(approval).isWaitingAt("Task_TallyCouncilVotes");
        execute(job("Task_TallyCouncilVotes", approval));
        signAndRecord(approval);

        assertThat(approval).hasPassedInOrder("Task_CheckDossier", "Task_CollectCouncilMembers", "Task_CouncilVote",
                "Task_TallyCouncilVotes", "Task_SignDecision", "Task_RecordAwards", "EndEvent_AwardsDecided")
                .hasNotPassed("Task_CorrectDossier").isEnded();
        verify(councilVote, times(COUNCIL.size())).notify(any());
        verify(tallyCouncilVotes).execute(any());
        verify(signDecision).notify(any()); // on completion only
        verify(decisionDocuments, times(2)).notify(any());
        verify(recordAwards).execute(any());
    }

    @Test
    void shouldGoStraightToTheChairWhenNoUnitIsNominated() throws Exception {
        nominees = 0;
        ProcessInstance approval = start();
        complete(task(approval), withVariables("decision", "accept"));

        signAndRecord(approval);

        assertThat(approval).hasPassed("Gateway_AnyNominee", "Task_RecordAwards", "EndEvent_AwardsDecided")
                .hasNotPassed("Task_CollectCouncilMembers", "Task_CouncilVote", "Task_TallyCouncilVotes").isEnded();
        verify(collectCouncilMembers, never()).execute(any());
        verify(recordAwards).execute(any());
    }

    @Test
    void shouldReturnTheDossierToTheHeadUntilTheOfficeAcceptsIt() throws Exception {
        ProcessInstance approval = start();
        complete(task(approval), withVariables("decision", "return", "returnReason", "Thiếu biên bản"));

        assertThat(approval).isWaitingAt("Task_CorrectDossier");
        assertThat(task(approval)).hasCandidateGroup("province-HN");
        assertThat(engine.formOf(task(approval))).isEqualTo("correct-dossier");
        complete(task(approval), withVariables("dossierCorrectionAction", "CORRECTED"));
        execute(job("Task_RegenerateDossierDocuments", approval)); // the documents again, as a new version

        assertThat(approval).isWaitingAt("Task_CheckDossier");
        complete(task(approval), withVariables("decision", "return"));
        complete(task(approval), withVariables("dossierCorrectionAction", "CORRECTED"));
        execute(job("Task_RegenerateDossierDocuments", approval)); // the documents again, as a new version
        complete(task(approval), withVariables("decision", "accept"));

        assertThat(approval).isWaitingAt("Task_CollectCouncilMembers").hasPassed("Task_CorrectDossier");
        verify(dossierCheck, times(3)).notify(any()); // three checks, each on completion
        verify(dossierCorrection, times(4)).notify(any());
    }

    @Test
    void shouldGiveEveryReopenedCorrectionADueDateAReminderBeforeAndALateNoticeAfter() {
        engine.setCurrentTime(at(2032, 12, 1, 9));
        ProcessInstance approval = start();
        complete(task(approval), withVariables("decision", "return", "returnReason", "Sai số liệu của một đơn vị"));

        Task correct = task(approval);
        assertThat(correct).hasDefinitionKey("Task_CorrectDossier").hasDueDate(at(2032, 12, 8, 23, 59, 59));
        List<Job> timers = timers(approval);
        assertThat(timers).extracting(Job::getDuedate)
                .containsExactlyInAnyOrder(at(2032, 12, 5, 8), at(2032, 12, 8, 23, 59, 59));
        engine.setCurrentTime(at(2032, 12, 5, 9));
        execute(timers.stream().filter(j -> j.getDuedate().equals(at(2032, 12, 5, 8))).findFirst().orElseThrow());
        verify(remindCorrection).notify(any());
        verify(correctionLate, never()).notify(any());
        engine.setCurrentTime(at(2032, 12, 9, 9));
        execute(timers(approval).get(0));
        verify(correctionLate).notify(any());
        assertThat(approval).isWaitingAt("Task_CorrectDossier");

        complete(task(approval), withVariables("dossierCorrectionAction", "REOPEN_RESULTS",
                "dossierCorrectionUnit", "tra-vinh"));
        assertThat(task(approval)).hasDefinitionKey("Task_CorrectResults").hasCandidateGroup("province-tra-vinh")
                .hasDueDate(at(2032, 12, 16, 23, 59, 59));
        assertThat(timers(approval)).extracting(Job::getDuedate)
                .containsExactlyInAnyOrder(at(2032, 12, 13, 8), at(2032, 12, 16, 23, 59, 59));
    }

    private static List<Job> timers(ProcessInstance approval) {
        return BpmnAwareTests.managementService().createJobQuery().processInstanceId(approval.getId()).timers().list();
    }

    private static Date at(int year, int month, int day, int hour) {
        return at(year, month, day, hour, 0, 0);
    }

    private static Date at(int year, int month, int day, int hour, int minute, int second) {
        return Date.from(LocalDateTime.of(year, month, day, hour, minute, second).atZone(EngineClock.VIETNAM).toInstant());
    }
}
