package vn.vusta.thidua.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.verify;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.vusta.thidua.support.ProcessTestEngine;

/** The merger-watch model alone, its delegate mocked: a timer starts it every night at 00:10, server time. */
@Deployment(resources = "processes/merger-watch.bpmn")
class MergerWatchProcessTest {

    private static final LocalDateTime AFTERNOON_BEFORE_THE_MERGER = LocalDateTime.of(2025, 6, 30, 15, 0);
    private static final LocalDateTime FIRST_RUN = LocalDateTime.of(2025, 7, 1, 0, 10);

    @RegisterExtension
    static ProcessTestEngine engine = new ProcessTestEngine();

    private final JavaDelegate applyDueMergers = engine.mock("applyDueMergers", JavaDelegate.class);
    private final List<String> runs = new ArrayList<>();

    private static Date at(LocalDateTime time) {
        return Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
    }

    @BeforeEach
    void deployAtAKnownTime() throws Exception {
        engine.setCurrentTime(at(AFTERNOON_BEFORE_THE_MERGER)); // before @Deployment schedules the first timer
        doAnswer(call -> {
            runs.add(call.getArgument(0, DelegateExecution.class).getProcessInstanceId());
            return null;
        })
                .when(applyDueMergers).execute(any());
    }

    private Job nightlyTimer() {
        return jobQuery().timers().activityId("StartEvent_EveryNight").singleResult();
    }

    @Test
    void shouldScheduleTheFirstRunForTenPastMidnight() {
        assertThat(nightlyTimer().getDuedate()).isEqualTo(at(FIRST_RUN));
    }

    @Test
    void shouldApplyTheDueMergersAtEachRunAndScheduleTheNextNight() throws Exception {
        engine.setCurrentTime(at(FIRST_RUN));
        managementService().executeJob(nightlyTimer().getId()); // no process instance yet: it starts one

        verify(applyDueMergers).execute(any());
        assertThat(runs).hasSize(1);
        List<String> path = historyService().createHistoricActivityInstanceQuery().processInstanceId(runs.get(0))
                .orderPartiallyByOccurrence().asc().list().stream().map(HistoricActivityInstance::getActivityId).toList();
        assertThat(path).containsExactly("StartEvent_EveryNight", "Task_ApplyDueMergers", "EndEvent_MergersApplied");
        assertThat(historyService().createHistoricProcessInstanceQuery().processInstanceId(runs.get(0)).finished().count())
                .isEqualTo(1);
        assertThat(nightlyTimer().getDuedate()).isEqualTo(at(FIRST_RUN.plusDays(1)));
    }
}
