package vn.vusta.thidua.yearend;

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
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.List;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.vusta.thidua.support.FixedHeadDeadlines;
import vn.vusta.thidua.support.HeadDecision;
import vn.vusta.thidua.support.PhaseStart;
import vn.vusta.thidua.support.ProcessTestEngine;

/**
 * The year-end summary model alone, with mocked listeners and delegates: every unit reports its results, the
 * results are scored once all are in, the head accepts them (the phase ends) or returns one unit's report, and
 * the reminder and deadline timers fire beside the open tasks.
 */
@Deployment(resources = {"processes/year-end.bpmn", "forms/report-results.form", "forms/review-results.form"})
class YearEndSummaryProcessTest {

    @RegisterExtension
    static ProcessTestEngine engine = new ProcessTestEngine();

    private final TaskListener presentTask = engine.mock("presentTask", TaskListener.class);
    private final FixedHeadDeadlines headDeadlines = engine.register("headDeadlines", new FixedHeadDeadlines());
    private final TaskListener remindHead = engine.mock("remindHead", TaskListener.class);
    private final TaskListener headTaskLate = engine.mock("headTaskLate", TaskListener.class);
    private final TaskListener resultsTask = engine.mock("resultsTask", TaskListener.class);
    private final TaskListener resultsReview = engine.register("resultsReview", HeadDecision.listener("resultsDecision"));
    private final JavaDelegate tallyResults = engine.mock("tallyResults", JavaDelegate.class);
    private final JavaDelegate remindOpenUnits = engine.mock("remindOpenUnits", JavaDelegate.class);
    private final JavaDelegate escalateLateUnits = engine.mock("escalateLateUnits", JavaDelegate.class);

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey("year-end", "8-2031", PhaseStart.variables("yearEnd", "vote"));
    }

    private List<Task> reportTasks(ProcessInstance summary) {
        return taskQuery().processInstanceId(summary.getId()).taskDefinitionKey("Task_ReportResults").list();
    }

    private void reportAll(ProcessInstance summary) {
        reportTasks(summary).forEach(task -> complete(task));
    }

    @Test
    void shouldAskEveryMemberUnitForItsResultsByTheDueDate() throws Exception {
        ProcessInstance summary = start();

        assertThat(summary).isWaitingAt("Task_ReportResults");
        assertThat(reportTasks(summary)).hasSize(PhaseStart.MEMBERS.size());
        for (String unit : PhaseStart.MEMBERS) {
            Task task = taskQuery().processInstanceId(summary.getId()).taskCandidateGroup("province-" + unit).singleResult();
            assertThat(task).hasDefinitionKey("Task_ReportResults").hasDueDate(PhaseStart.DUE);
            assertThat(engine.formOf(task)).isEqualTo("report-results");
        }
        verify(presentTask, times(PhaseStart.MEMBERS.size())).notify(any());
    }

    @Test
    void shouldScoreOnceAllUnitsHaveReportedThenEndWhenTheHeadAccepts() throws Exception {
        ProcessInstance summary = start();
        List<Task> tasks = reportTasks(summary);

        complete(tasks.get(0));
        complete(tasks.get(1));
        assertThat(summary).isWaitingAt("Task_ReportResults").hasNotPassed("Gateway_ResultsToTally");
        complete(tasks.get(2));

        assertThat(summary).isWaitingAt("Task_TallyResults");
        execute(job("Task_TallyResults", summary));
        verify(tallyResults).execute(any());
        assertThat(summary).isWaitingAt("Task_ReviewResults");
        assertThat(task(summary)).hasCandidateGroup("province-HN").hasDueDate(FixedHeadDeadlines.DUE);
        assertThat(engine.formOf(task(summary))).isEqualTo("review-results");

        complete(task(summary), withVariables("decision", "submit"));

        assertThat(summary).hasPassedInOrder("Task_ReportResults", "Task_TallyResults", "Task_ReviewResults",
                "EndEvent_ResultsAccepted").hasNotPassed("Task_CorrectResults").isEnded();
        verify(resultsTask, times(3)).notify(any());
    }

    @Test
    void shouldSendAReturnedReportToThatUnitAloneAndScoreAgain() throws Exception {
        ProcessInstance summary = start();
        reportAll(summary);
        execute(job("Task_TallyResults", summary));

        complete(task(summary), withVariables("decision", "return", "returnUnit", "QN"));

        assertThat(summary).isWaitingAt("Task_CorrectResults");
        Task correction = task(summary);
        assertThat(correction).hasCandidateGroup("province-QN").hasDueDate(PhaseStart.NEXT_DUE);
        assertThat(engine.formOf(correction)).isEqualTo("report-results");
        assertThat(engine.getTaskService().getVariable(correction.getId(), "unit")).isEqualTo("QN");

        complete(correction);
        execute(job("Task_TallyResults", summary));
        complete(task(summary), withVariables("decision", "submit"));

        assertThat(summary).hasPassed("Task_CorrectResults", "EndEvent_ResultsAccepted").isEnded();
        verify(tallyResults, times(2)).execute(any());
        verify(resultsTask, times(PhaseStart.MEMBERS.size() + 1)).notify(any());
    }

    @Test
    void shouldRemindOpenUnitsAtTheReminderDateAndKeepTheirTasksOpen() throws Exception {
        ProcessInstance summary = start();

        assertThat(job("BoundaryEvent_YearEndReminder", summary)).hasDueDate(PhaseStart.REMINDER);
        execute(job("BoundaryEvent_YearEndReminder", summary));

        verify(remindOpenUnits).execute(any());
        verify(escalateLateUnits, never()).execute(any());
        assertThat(summary).hasPassed("EndEvent_OpenUnitsReminded").isWaitingAt("Task_ReportResults");
        assertThat(reportTasks(summary)).hasSize(PhaseStart.MEMBERS.size());
    }

    @Test
    void shouldEscalateLateUnitsAtTheDueDateAndStillWaitForThem() throws Exception {
        ProcessInstance summary = start();

        assertThat(job("BoundaryEvent_YearEndDeadline", summary)).hasDueDate(PhaseStart.DUE);
        execute(job("BoundaryEvent_YearEndDeadline", summary));

        verify(escalateLateUnits).execute(any());
        assertThat(summary).hasPassed("EndEvent_LateUnitsEscalated").isWaitingAt("Task_ReportResults");
        reportAll(summary);
        assertThat(summary).isWaitingAt("Task_TallyResults");
    }
}
