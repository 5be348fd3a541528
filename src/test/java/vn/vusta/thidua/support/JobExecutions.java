package vn.vusta.thidua.support;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Counts, for test processes run by several nodes, which node executed which activity of which instance.
 * Counted when the delegate runs, before the transaction commits: a second run after a rollback counts too,
 * so "exactly once" here means the code really ran once.
 */
public final class JobExecutions {

    private static final Map<String, List<String>> NODES_BY_STEP = new ConcurrentHashMap<>();
    private static volatile String holdingNode;
    private static volatile CountDownLatch held = new CountDownLatch(1);
    private static volatile CountDownLatch release = new CountDownLatch(1);

    private JobExecutions() {
    }

    /** The nodes that ran activity {@code activityId} of process instance {@code processInstanceId}, in order. */
    public static List<String> nodesThatRan(String processInstanceId, String activityId) {
        return List.copyOf(NODES_BY_STEP.getOrDefault(key(processInstanceId, activityId), List.of()));
    }

    /** From now on {@link HoldOnNode} blocks on {@code node} (a crashed node's worker) until {@link #releaseHeld()}. */
    public static void holdOn(String node) {
        held = new CountDownLatch(1);
        release = new CountDownLatch(1);
        holdingNode = node;
    }

    public static boolean awaitHeld(long seconds) throws InterruptedException {
        return held.await(seconds, TimeUnit.SECONDS);
    }

    public static void releaseHeld() {
        holdingNode = null;
        release.countDown();
    }

    private static void record(DelegateExecution execution) {
        NODES_BY_STEP.computeIfAbsent(key(execution.getProcessInstanceId(), execution.getCurrentActivityId()),
                k -> new CopyOnWriteArrayList<>()).add(execution.getProcessEngine().getName());
    }

    private static String key(String processInstanceId, String activityId) {
        return processInstanceId + "/" + activityId;
    }

    /** Records who ran it. */
    public static class Record implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            record(execution);
        }
    }

    /**
     * On the held node, never returns normally while held: ignores interrupts, as a hung or dying worker would,
     * so the job stays locked by that node; elsewhere records who ran it.
     */
    public static class HoldOnNode implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            if (execution.getProcessEngine().getName().equals(holdingNode)) {
                held.countDown();
                awaitReleaseIgnoringInterrupts();
                throw new IllegalStateException("held job released; its node is gone");
            }
            record(execution);
        }

        private static void awaitReleaseIgnoringInterrupts() {
            while (release.getCount() > 0) {
                try {
                    release.await(60, TimeUnit.SECONDS);
                    return;
                } catch (InterruptedException e) {
                    // a crashed worker does not answer shutdown either
                }
            }
        }
    }
}
