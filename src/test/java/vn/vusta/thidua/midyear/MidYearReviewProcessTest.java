package vn.vusta.thidua.midyear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
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
import vn.vusta.thidua.support.PhaseStart;
import vn.vusta.thidua.support.ProcessTestEngine;

/**
 * The mid-year review model alone, with mocked listeners and delegates: every unit reports progress, progress is
 * tallied once all are in, the head records the review meeting and the phase ends; the reminder and deadline
 * timers fire beside the open tasks.
 */
@Deployment(resources = {"processes/mid-year.bpmn", "forms/report-progress.form", "forms/record-mid-year-review.form"})
class MidYearReviewProcessTest {

    @RegisterExtension
    static ProcessTestEngine engine = new ProcessTestEngine();

    private final TaskListener presentTask = engine.mock("presentTask", TaskListener.class);
    private final FixedHeadDeadlines headDeadlines = engine.register("headDeadlines", new FixedHeadDeadlines());
    private final TaskListener remindHead = engine.mock("remindHead", TaskListener.class);
    private final TaskListener headTaskLate = engine.mock("headTaskLate", TaskListener.class);
    private final TaskListener progressTask = engine.mock("progressTask", TaskListener.class);
    private final TaskListener midYearReview = engine.mock("midYearReview", TaskListener.class);
    private final JavaDelegate tallyProgress = engine.mock("tallyProgress", JavaDelegate.class);
    private final JavaDelegate remindOpenUnits = engine.mock("remindOpenUnits", JavaDelegate.class);
    private final JavaDelegate escalateLateUnits = engine.mock("escalateLateUnits", JavaDelegate.class);

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey("mid-year", "8-2031", PhaseStart.variables("midYear", "yearEnd"));
    }

    private List<Task> progressTasks(ProcessInstance review) {
        return taskQuery().processInstanceId(review.getId()).taskDefinitionKey("Task_ReportProgress").list();
    }

    @Test
    void shouldAskEveryMemberUnitForItsProgressByTheDueDate() throws Exception {
        ProcessInstance review = start();

        assertThat(review).isWaitingAt("Task_ReportProgress");
        assertThat(progressTasks(review)).hasSize(PhaseStart.MEMBERS.size());
        for (String unit : PhaseStart.MEMBERS) {
            Task task = taskQuery().processInstanceId(review.getId()).taskCandidateGroup("province-" + unit).singleResult();
            assertThat(task).hasDefinitionKey("Task_ReportProgress").hasDueDate(PhaseStart.DUE);
            assertThat(engine.formOf(task)).isEqualTo("report-progress");
        }
    }

    @Test
    void shouldTallyOnceAllUnitsHaveReportedThenLetTheHeadRecordTheMeeting() throws Exception {
        ProcessInstance review = start();
        List<Task> tasks = progressTasks(review);

        complete(tasks.get(0));
        complete(tasks.get(1));
        assertThat(review).isWaitingAt("Task_ReportProgress").hasNotPassed("Task_TallyProgress");
        complete(tasks.get(2));

        assertThat(review).isWaitingAt("Task_TallyProgress");
        execute(job("Task_TallyProgress", review));
        verify(tallyProgress).execute(any());
        assertThat(review).isWaitingAt("Task_RecordMidYearReview");
        assertThat(task(review)).hasCandidateGroup("province-HN");
        assertThat(engine.formOf(task(review))).isEqualTo("record-mid-year-review");

        complete(task(review));

        assertThat(review).hasPassedInOrder("Task_ReportProgress", "Task_TallyProgress", "Task_RecordMidYearReview",
                "EndEvent_MidYearReviewed").isEnded();
        verify(progressTask, times(3)).notify(any());
        verify(midYearReview).notify(any()); // on completion only
        verify(presentTask, times(4)).notify(any());
    }

    @Test
    void shouldRemindOpenUnitsAtTheReminderDateAndKeepTheirTasksOpen() throws Exception {
        ProcessInstance review = start();
        complete(progressTasks(review).get(0));

        assertThat(job("BoundaryEvent_MidYearReminder", review)).hasDueDate(PhaseStart.REMINDER);
        execute(job("BoundaryEvent_MidYearReminder", review));

        verify(remindOpenUnits).execute(any());
        verify(escalateLateUnits, never()).execute(any());
        assertThat(review).hasPassed("EndEvent_OpenUnitsReminded").isWaitingAt("Task_ReportProgress");
        assertThat(progressTasks(review)).hasSize(2);
    }

    @Test
    void shouldEscalateLateUnitsAtTheDueDateAndStillWaitForThem() throws Exception {
        ProcessInstance review = start();

        assertThat(job("BoundaryEvent_MidYearDeadline", review)).hasDueDate(PhaseStart.DUE);
        execute(job("BoundaryEvent_MidYearDeadline", review));

        verify(escalateLateUnits).execute(any());
        assertThat(review).hasPassed("EndEvent_LateUnitsEscalated").isWaitingAt("Task_ReportProgress");
        progressTasks(review).forEach(task -> complete(task));
        assertThat(review).isWaitingAt("Task_TallyProgress");
    }
}
