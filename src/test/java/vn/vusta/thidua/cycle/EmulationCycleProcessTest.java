package vn.vusta.thidua.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.vusta.thidua.support.ProcessTestEngine;

/**
 * The emulation-cycle model alone: its delegates and listeners mocked, each phase's process replaced by a stub with
 * one task, so the test sees what the cycle hands each phase (business key and variables) and the order of the
 * phases, without the phases' own paths (their own process tests cover those).
 */
@Deployment(resources = "processes/emulation-cycle.bpmn")
class EmulationCycleProcessTest {

    private static final String CYCLE = "8-2031";
    private static final Set<String> EVERY_PHASE_GETS =
            Set.of("cluster", "year", "clusterLabel", "members", "head", "deputy", "headGroup", "rules");
    /** Each phase's called process, its call activity, and the dates only it is handed. */
    private static final List<Phase> PHASES = List.of(
            new Phase("registration", "CallActivity_Registration", "registrationDue", "registrationReminder"),
            new Phase("mid-year", "CallActivity_MidYearReview", "midYearDue", "midYearReminder"),
            new Phase("year-end", "CallActivity_YearEndSummary", "yearEndDue", "yearEndReminder", "voteDue"),
            new Phase("vote", "CallActivity_NominationVote", "voteDue", "voteReminder", "dossierDue"),
            new Phase("council", "CallActivity_CouncilApproval"));

    @RegisterExtension
    static ProcessTestEngine engine = new ProcessTestEngine();

    private final ExecutionListener claimCycle = engine.mock("claimCycle", ExecutionListener.class);
    private final ExecutionListener cyclePhase = engine.mock("cyclePhase", ExecutionListener.class);
    private final ExecutionListener cycleEnded = engine.mock("cycleEnded", ExecutionListener.class);
    private final JavaDelegate openCycle = engine.mock("openCycle", JavaDelegate.class);
    private final JavaDelegate startNextCycle = engine.mock("startNextCycle", JavaDelegate.class);

    private record Phase(String process, String callActivity, String... ownVariables) {
        Set<String> expectedVariables() {
            return Stream.concat(EVERY_PHASE_GETS.stream(), Stream.of(ownVariables)).collect(Collectors.toSet());
        }
    }

    /** What the real openCycle writes: members, head, rules, and each phase's due and reminder dates. */
    private static Map<String, Object> openedCycle() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("clusterLabel", "Cụm 8");
        variables.put("members", new ArrayList<>(List.of("HN", "HP", "QN")));
        variables.put("head", "HN");
        variables.put("deputy", "HP");
        variables.put("headGroup", "province-HN");
        variables.put("rules", new HashMap<>(Map.of("score", 1)));
        int day = 1;
        for (String phase : List.of("registration", "midYear", "yearEnd", "vote", "dossier")) {
            variables.put(phase + "Reminder", Date.from(Instant.parse("2031-01-01T00:00:00Z").plusSeconds(86_400L * day++)));
            variables.put(phase + "Due", Date.from(Instant.parse("2031-01-01T00:00:00Z").plusSeconds(86_400L * day++)));
        }
        return variables;
    }

    @BeforeEach
    void stubThePhasesAndOpenTheCycleAsTheRealDelegateDoes() throws Exception {
        for (Phase phase : PHASES) {
            engine.manageDeployment(engine.getRepositoryService().createDeployment()
                    .addModelInstance(phase.process() + ".bpmn", Bpmn.createExecutableProcess(phase.process())
                            .camundaHistoryTimeToLive(1).startEvent().userTask("Task_PhaseWork").endEvent().done())
                    .deploy());
        }
        doAnswer(call -> {
            call.getArgument(0, DelegateExecution.class).setVariables(openedCycle());
            return null;
        }).when(openCycle).execute(any());
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey("emulation-cycle", CYCLE,
                Variables.createVariables().putValue("cluster", 8).putValue("year", 2031));
    }

    @Test
    void shouldClaimTheCycleThenOpenItAndStartRegistrationInTheBackground() throws Exception {
        ProcessInstance cycle = start();

        verify(claimCycle).notify(any());
        assertThat(cycle).isWaitingAt("Task_OpenCycle");
        verify(openCycle, never()).execute(any());

        execute(job("Task_OpenCycle", cycle));

        verify(openCycle).execute(any());
        // registration starts in the same job: no transaction of its own between two background steps
        assertThat(calledProcessInstance("registration", cycle)).hasBusinessKey(CYCLE).isWaitingAt("Task_PhaseWork");
    }

    @Test
    void shouldCallEachPhaseInTurnWithTheCycleKeyAndOnlyThatPhasesDatesThenStartTheNextCycle() throws Exception {
        ProcessInstance cycle = start();
        execute(job("Task_OpenCycle", cycle));

        for (Phase phase : PHASES) {
            if (phase != PHASES.get(0)) {
                // after a phase's last user task, the next phase starts in a job of its own: a failure there does not
                // refuse the head's submission
                assertThat(cycle).isWaitingAt(phase.callActivity());
                execute(job(phase.callActivity(), cycle));
            }

            ProcessInstance called = calledProcessInstance(phase.process(), cycle);
            assertThat(called).hasBusinessKey(CYCLE).isWaitingAt("Task_PhaseWork");
            Map<String, Object> handed = runtimeService().getVariables(called.getId());
            assertThat(handed.keySet()).as(phase.process()).isEqualTo(phase.expectedVariables());
            for (String name : handed.keySet()) {
                assertThat(handed.get(name)).as(phase.process() + " " + name).isEqualTo(runtimeService().getVariable(cycle.getId(), name));
            }
            complete(task(called));
        }

        assertThat(cycle).isWaitingAt("Task_StartNextCycle");
        execute(job("Task_StartNextCycle", cycle));

        assertThat(cycle).hasPassedInOrder("StartEvent_CycleOpened", "Task_OpenCycle", "CallActivity_Registration",
                "CallActivity_MidYearReview", "CallActivity_YearEndSummary", "CallActivity_NominationVote",
                "CallActivity_CouncilApproval", "Task_StartNextCycle", "EndEvent_AwardsDecided").isEnded();
        verify(cyclePhase, times(PHASES.size())).notify(any());
        verify(startNextCycle).execute(any());
        verify(cycleEnded).notify(any());
    }

    @Test
    void shouldEndTheRunningPhaseAndNotifyTheEndWhenACycleIsCancelled() throws Exception {
        ProcessInstance cycle = start();
        execute(job("Task_OpenCycle", cycle));
        ProcessInstance registration = calledProcessInstance("registration", cycle);

        runtimeService().deleteProcessInstance(cycle.getId(), "Huỷ chu kỳ");

        assertThat(cycle).isEnded().hasNotPassed("CallActivity_MidYearReview");
        assertThat(registration).isEnded();
        verify(cycleEnded).notify(any());
        verify(startNextCycle, never()).execute(any());
    }
}
