package vn.vusta.thidua.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.vusta.thidua.support.ProcessTestEngine;

/**
 * The late-unit model alone, with its listener mocked: the task goes to the handler the escalation chose, with its
 * due date and form; completing it ends the instance as handled, the settling message ends it without the head.
 */
@Deployment(resources = {"processes/late-unit.bpmn", "forms/handle-late-unit.form"})
class LateUnitProcessTest {

    private static final Date DUE = Date.from(Instant.parse("2170-04-09T16:59:59Z"));
    private static final Date REMINDER = Date.from(Instant.parse("2170-04-06T01:00:00Z"));

    @RegisterExtension
    static ProcessTestEngine engine = new ProcessTestEngine();

    private final TaskListener handleLateUnit = engine.mock("handleLateUnit", TaskListener.class);
    private final TaskListener remind = engine.mock("remindLateUnitHandler", TaskListener.class);
    private final TaskListener late = engine.mock("lateUnitHandlerLate", TaskListener.class);

    private ProcessInstance start(String handler) {
        return runtimeService().startProcessInstanceByKey("late-unit", "cluster-3-2170", Map.of(LateUnitTasks.UNIT,
                "tra-vinh", LateUnitTasks.PHASE, "YEAR_END", LateUnitTasks.HANDLER, handler, LateUnitTasks.DUE, DUE,
                LateUnitTasks.REMINDER, REMINDER, CycleVariables.YEAR, 2170));
    }

    @Test
    void shouldGiveTheHandlerATaskWithItsDueDateAndFormAndEndWhenItIsDone() {
        ProcessInstance late = start("province-vinh-long");

        assertThat(late).isWaitingAt("Task_HandleLateUnit");
        assertThat(task(late)).hasCandidateGroup("province-vinh-long").hasDueDate(DUE);
        assertThat(engine.formOf(task(late))).isEqualTo("handle-late-unit");
        verify(handleLateUnit).notify(argThat(t -> TaskListener.EVENTNAME_CREATE.equals(t.getEventName())));
        complete(task(late));

        assertThat(late).hasPassed("EndEvent_LateUnitHandled").isEnded();
        verify(handleLateUnit).notify(argThat(t -> TaskListener.EVENTNAME_COMPLETE.equals(t.getEventName())));
    }

    @Test
    void shouldEndWithoutTheHandlerOnceTheUnitIsSettledOtherwise() {
        ProcessInstance late = start("council-office");
        assertThat(task(late)).hasCandidateGroup("council-office");

        runtimeService().createMessageCorrelation(LateUnitTasks.MESSAGE_SETTLED).processInstanceId(late.getId())
                .correlateWithResult();

        assertThat(late).hasPassed("EndEvent_SettledOtherwise").hasNotPassed("EndEvent_LateUnitHandled").isEnded();
        verify(handleLateUnit, never()).notify(argThat(t -> TaskListener.EVENTNAME_COMPLETE.equals(t.getEventName())));
    }

    @Test
    void shouldRemindTheHandlerBeforeTheDueDateAndEscalateAfterItWhileTheTaskStays() {
        ProcessInstance late = start("province-vinh-long");
        List<Job> timers = managementService().createJobQuery().processInstanceId(late.getId()).timers()
                .orderByJobDuedate().asc().list();
        assertThat(timers).extracting(Job::getDuedate).containsExactly(REMINDER, DUE);

        execute(timers.get(0));
        verify(remind).notify(argThat(t -> "Task_HandleLateUnit".equals(t.getTaskDefinitionKey())));
        verify(this.late, never()).notify(argThat(t -> true));
        execute(timers.get(1));
        verify(this.late).notify(argThat(t -> "Task_HandleLateUnit".equals(t.getTaskDefinitionKey())));

        assertThat(late).isWaitingAt("Task_HandleLateUnit");
        assertThat(task(late)).hasCandidateGroup("province-vinh-long");
    }
}
