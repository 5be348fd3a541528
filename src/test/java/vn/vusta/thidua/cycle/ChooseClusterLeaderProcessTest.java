package vn.vusta.thidua.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.vusta.thidua.support.ProcessTestEngine;

/**
 * The choose-cluster-leader model alone, with its listener mocked: a vacant head or deputy role becomes one task
 * for VUSTA's standing office, whose choice the listener reads on completion.
 */
@Deployment(resources = {"processes/choose-cluster-leader.bpmn", "forms/choose-cluster-leader.form"})
class ChooseClusterLeaderProcessTest {

    @RegisterExtension
    static ProcessTestEngine engine = new ProcessTestEngine();

    private final TaskListener chooseLeader = engine.mock("chooseLeader", TaskListener.class);
    /** The unit the listener saw chosen, event by event. */
    private final List<Object> chosen = new ArrayList<>();

    @BeforeEach
    void recordWhatTheListenerSees() {
        doAnswer(call -> {
            DelegateTask task = call.getArgument(0);
            chosen.add(task.getEventName() + ":" + task.getVariable("unit"));
            return null;
        }).when(chooseLeader).notify(any());
    }

    @Test
    void shouldAskTheStandingOfficeToChooseAUnitAndEndOnceChosen() {
        ProcessInstance choice = runtimeService().startProcessInstanceByKey("choose-cluster-leader", "6-2025",
                Variables.createVariables().putValue("role", "HEAD").putValue("vacancyReason", "Đơn vị đã sáp nhập"));

        assertThat(choice).isWaitingAt("Task_ChooseLeader");
        assertThat(task(choice)).hasCandidateGroup("council-office");
        assertThat(engine.formOf(task(choice))).isEqualTo("choose-cluster-leader");

        complete(task(choice), withVariables("unit", "QN"));

        assertThat(choice).hasPassedInOrder("StartEvent_LeaderVacant", "Task_ChooseLeader", "EndEvent_LeaderChosen").isEnded();
        verify(chooseLeader, times(2)).notify(any());
        assertThat(chosen).containsExactly("create:null", "complete:QN");
    }
}
