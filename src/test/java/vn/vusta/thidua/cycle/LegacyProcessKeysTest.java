package vn.vusta.thidua.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.vusta.thidua.support.ProcessTestEngine;

/**
 * Four phases were renamed in December 2026 (docs/upgrading.md, "Renamed process keys (2026-12)"); a cycle takes a
 * year, so instances started before keep running under the old keys. Deployed under an old key, a phase's instance
 * is still recognised: the cycle's phase listener records the phase an old cycle model calls, and the phase of an
 * old instance's task (what lateness, reminders and the task texts look up) is found.
 */
class LegacyProcessKeysTest {

    private static final String CYCLE = "8-2031";

    @RegisterExtension
    static ProcessTestEngine engine = new ProcessTestEngine();

    private final Cycles cycles = mock(Cycles.class);
    private String deploymentId;

    @AfterEach
    void undeploy() {
        if (deploymentId != null) {
            engine.getRepositoryService().deleteDeployment(deploymentId, true);
        }
    }

    /** The cycle as deployed before the renaming: its call activity names the phase's process by its old key. */
    private static BpmnModelInstance oldCycle(String oldKey) {
        return Bpmn.createExecutableProcess("legacy-cycle").camundaHistoryTimeToLive(1)
                .startEvent()
                .callActivity("CallActivity_Phase").calledElement(oldKey)
                .camundaExecutionListenerDelegateExpression("start", "${cyclePhase}")
                .endEvent()
                .done();
    }

    /** The phase's process as deployed before the renaming, under its old key: one unit task. */
    private static BpmnModelInstance oldPhase(String oldKey) {
        return Bpmn.createExecutableProcess(oldKey).camundaHistoryTimeToLive(1)
                .startEvent().userTask("Task_Unit").endEvent().done();
    }

    @ParameterizedTest
    @CsvSource({"mid-year-review, MID_YEAR", "year-end-summary, YEAR_END", "nomination-vote, VOTE",
            "council-approval, COUNCIL"})
    void aPhaseStartedUnderItsOldKeyIsStillRecognised(String oldKey, Phase phase) {
        RepositoryService repositories = engine.getRepositoryService();
        deploymentId = repositories.createDeployment().addModelInstance("legacy-cycle.bpmn", oldCycle(oldKey))
                .addModelInstance(oldKey + ".bpmn", oldPhase(oldKey)).deploy().getId();
        engine.register("cyclePhase", new CyclePhaseListener(cycles));

        ProcessInstance cycle = engine.getRuntimeService().startProcessInstanceByKey("legacy-cycle", CYCLE);

        verify(cycles).updatePhase(CYCLE, phase);
        ProcessInstance old = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(oldKey).superProcessInstanceId(cycle.getId()).singleResult();
        assertThat(old).as("the instance under the old key").isNotNull();
        String taskDefinition = engine.getTaskService().createTaskQuery().processInstanceId(old.getId()).singleResult()
                .getProcessDefinitionId();
        assertThat(new PhaseResolver(repositories).of(taskDefinition)).isEqualTo(phase);
        assertThat(phase.allProcessKeys()).containsExactly(phase.processKey(), oldKey);
    }

    @Test
    void theCurrentKeysAreOnePerPhaseAndNoneIsAnotherPhasesLegacyKey() {
        assertThat(List.of(Phase.values())).allSatisfy(phase -> phase.allProcessKeys()
                .forEach(key -> assertThat(Phase.ofProcessKey(key)).contains(phase)));
        assertThat(Phase.ofProcessKey("mid-year")).contains(Phase.MID_YEAR);
        assertThat(Phase.ofProcessKey("year-end")).contains(Phase.YEAR_END);
        assertThat(Phase.ofProcessKey("vote")).contains(Phase.VOTE);
        assertThat(Phase.ofProcessKey("council")).contains(Phase.COUNCIL);
        assertThat(Phase.ofProcessKey("registration")).contains(Phase.REGISTRATION);
        assertThat(Phase.ofProcessKey("emulation-cycle")).isEmpty();
    }
}
