package vn.vusta.thidua.registration;

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
import java.util.Map;

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
 * The registration model alone, on a plain engine with mocked listeners and delegates: every unit registers,
 * the registrations are tallied, the head submits them or returns one unit's, and the reminder and deadline
 * timers fire beside the open tasks.
 */
@Deployment(resources = {"processes/registration.bpmn", "forms/register-targets.form", "forms/review-registrations.form"})
class RegistrationProcessTest {

    @RegisterExtension
    static ProcessTestEngine engine = new ProcessTestEngine();

    private final TaskListener presentTask = engine.mock("presentTask", TaskListener.class);
    private final FixedHeadDeadlines headDeadlines = engine.register("headDeadlines", new FixedHeadDeadlines());
    private final TaskListener remindHead = engine.mock("remindHead", TaskListener.class);
    private final TaskListener headTaskLate = engine.mock("headTaskLate", TaskListener.class);
    private final TaskListener registrationTask = engine.mock("registrationTask", TaskListener.class);
    private final TaskListener registrationReview = engine.register("registrationReview", HeadDecision.listener("registrationDecision"));
    private final JavaDelegate tallyRegistrations = engine.mock("tallyRegistrations", JavaDelegate.class);
    private final JavaDelegate submitClusterRegistration = engine.mock("submitClusterRegistration", JavaDelegate.class);
    private final JavaDelegate remindOpenUnits = engine.mock("remindOpenUnits", JavaDelegate.class);
    private final JavaDelegate escalateLateUnits = engine.mock("escalateLateUnits", JavaDelegate.class);

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey("registration", "8-2031",
                PhaseStart.variables("registration", "midYear"));
    }

    private void registerAll(ProcessInstance registration) {
        for (Task task : taskQuery().processInstanceId(registration.getId()).taskDefinitionKey("Task_RegisterTargets").list()) {
            complete(task);
        }
    }

    @Test
    void shouldAskEveryMemberUnitToRegisterByTheDueDate() throws Exception {
        ProcessInstance registration = start();

        assertThat(registration).isWaitingAt("Task_RegisterTargets");
        List<Task> tasks = taskQuery().processInstanceId(registration.getId()).taskDefinitionKey("Task_RegisterTargets").list();
        assertThat(tasks).hasSize(PhaseStart.MEMBERS.size());
        for (String unit : PhaseStart.MEMBERS) {
            Task task = taskQuery().processInstanceId(registration.getId()).taskCandidateGroup("province-" + unit).singleResult();
            assertThat(task).hasDefinitionKey("Task_RegisterTargets").hasDueDate(PhaseStart.DUE);
            assertThat(engine.formOf(task)).isEqualTo("register-targets");
        }
        verify(presentTask, times(PhaseStart.MEMBERS.size())).notify(any());
    }

    @Test
    void shouldTallyOnlyWhenTheLastUnitHasRegisteredThenLetTheHeadSubmit() throws Exception {
        ProcessInstance registration = start();
        List<Task> tasks = taskQuery().processInstanceId(registration.getId()).taskDefinitionKey("Task_RegisterTargets").list();

        complete(tasks.get(0));
        complete(tasks.get(1));
        assertThat(registration).isWaitingAt("Task_RegisterTargets").hasNotPassed("Gateway_RegistrationsToTally");
        complete(tasks.get(2));

        assertThat(registration).isWaitingAt("Task_TallyRegistrations");
        verify(registrationTask, times(3)).notify(any());
        execute(job("Task_TallyRegistrations", registration));
        verify(tallyRegistrations).execute(any());
        assertThat(registration).isWaitingAt("Task_ReviewRegistrations");
        assertThat(task(registration)).hasCandidateGroup("province-HN").hasDueDate(FixedHeadDeadlines.DUE);

        complete(task(registration), withVariables("decision", "submit"));

        assertThat(registration).hasPassedInOrder("Task_RegisterTargets", "Task_TallyRegistrations",
                "Task_ReviewRegistrations", "Task_SubmitClusterRegistration", "EndEvent_RegistrationSubmitted")
                .hasNotPassed("Task_CorrectRegistration").isEnded();
        verify(submitClusterRegistration).execute(any());
        verify(registrationReview).notify(any()); // on completion only: the form computes its table when it opens
    }

    @Test
    void shouldSendAReturnedRegistrationToThatUnitAloneAndTallyAgain() throws Exception {
        ProcessInstance registration = start();
        registerAll(registration);
        execute(job("Task_TallyRegistrations", registration));

        complete(task(registration), withVariables("decision", "return", "returnUnit", "HP"));

        assertThat(registration).isWaitingAt("Task_CorrectRegistration");
        Task correction = task(registration);
        assertThat(correction).hasCandidateGroup("province-HP");
        assertThat(engine.formOf(correction)).isEqualTo("register-targets");
        assertThat(engine.getTaskService().getVariable(correction.getId(), "unit")).isEqualTo("HP");

        complete(correction);
        assertThat(registration).isWaitingAt("Task_TallyRegistrations");
        execute(job("Task_TallyRegistrations", registration));
        complete(task(registration), withVariables("decision", "submit"));

        assertThat(registration).hasPassed("Task_CorrectRegistration", "EndEvent_RegistrationSubmitted").isEnded();
        verify(tallyRegistrations, times(2)).execute(any());
        verify(registrationTask, times(PhaseStart.MEMBERS.size() + 1)).notify(any());
    }

    @Test
    void shouldRemindOpenUnitsAtTheReminderDateAndKeepTheirTasksOpen() throws Exception {
        ProcessInstance registration = start();
        complete(taskQuery().processInstanceId(registration.getId()).taskCandidateGroup("province-HN").singleResult());

        assertThat(job("BoundaryEvent_RegistrationReminder", registration)).hasDueDate(PhaseStart.REMINDER);
        execute(job("BoundaryEvent_RegistrationReminder", registration));

        verify(remindOpenUnits).execute(any());
        verify(escalateLateUnits, never()).execute(any());
        assertThat(registration).hasPassed("EndEvent_OpenUnitsReminded").isWaitingAt("Task_RegisterTargets");
        assertThat(taskQuery().processInstanceId(registration.getId()).taskDefinitionKey("Task_RegisterTargets").count()).isEqualTo(2);
    }

    @Test
    void shouldEscalateLateUnitsToTheHeadAtTheDueDateAndKeepTheirTasksOpen() throws Exception {
        ProcessInstance registration = start();

        assertThat(job("BoundaryEvent_RegistrationDeadline", registration)).hasDueDate(PhaseStart.DUE);
        execute(job("BoundaryEvent_RegistrationDeadline", registration));

        verify(escalateLateUnits).execute(any());
        assertThat(registration).hasPassed("EndEvent_LateUnitsEscalated").hasNotPassed("EndEvent_OpenUnitsReminded")
                .isWaitingAt("Task_RegisterTargets");
        registerAll(registration);
        assertThat(registration).isWaitingAt("Task_TallyRegistrations");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(registration.getId()).timers().count()).isZero();
    }
}
