package vn.vusta.thidua.system;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

import vn.vusta.thidua.support.JobExecutions;

/** Test-only processes, built with the model API (nothing under {@code processes/}). */
final class TestProcesses {

    static final String TWO_USER_TASKS = "Process_TestTwoUserTasks";
    static final String ASYNC_AND_TIMER = "Process_TestAsyncAndTimer";
    static final String ONE_USER_TASK = "Process_TestOneUserTask";
    static final String HELD = "Process_TestHeldJob";
    static final String PARALLEL_TASKS = "Process_TestParallelTasks";
    static final int PARALLEL_TASK_COUNT = 12;

    private TestProcesses() {
    }

    static BpmnModelInstance twoUserTasks() {
        return Bpmn.createExecutableProcess(TWO_USER_TASKS).camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("Task_First")
                .userTask("Task_Second")
                .endEvent()
                .done();
    }

    /** An asynchronous service task, then a one-second timer, then a service task run by the timer's job. */
    static BpmnModelInstance asyncTaskAndTimer() {
        return Bpmn.createExecutableProcess(ASYNC_AND_TIMER).camundaHistoryTimeToLive(1)
                .startEvent()
                .serviceTask("Task_Async").camundaAsyncBefore().camundaClass(JobExecutions.Record.class)
                .intermediateCatchEvent("Timer_OneSecond").timerWithDuration("PT1S")
                .serviceTask("Task_AfterTimer").camundaClass(JobExecutions.Record.class)
                .endEvent()
                .done();
    }

    static BpmnModelInstance oneUserTask() {
        return Bpmn.createExecutableProcess(ONE_USER_TASK).camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("Task_Approve")
                .endEvent()
                .done();
    }

    /** An asynchronous service task whose job hangs on the node named by {@link JobExecutions#holdOn}. */
    static BpmnModelInstance heldAsyncTask() {
        return Bpmn.createExecutableProcess(HELD).camundaHistoryTimeToLive(1)
                .startEvent()
                .serviceTask("Task_Held").camundaAsyncBefore().camundaClass(JobExecutions.HoldOnNode.class)
                .endEvent()
                .done();
    }

    /** Twelve parallel instances of one user task, as a phase's unit tasks: no asynchronous continuation after them. */
    static BpmnModelInstance parallelTasks() {
        return Bpmn.createExecutableProcess(PARALLEL_TASKS).camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("Task_Unit")
                    .multiInstance().parallel().cardinality(String.valueOf(PARALLEL_TASK_COUNT)).multiInstanceDone()
                .endEvent()
                .done();
    }
}
