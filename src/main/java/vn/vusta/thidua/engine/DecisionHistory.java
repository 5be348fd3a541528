package vn.vusta.thidua.engine;

import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;

/**
 * Whether the history level in force records decision evaluations (then rules go through the decision service, so
 * Cockpit shows them), and work the application does with the engine's decisions on its own behalf (evaluating or
 * reading a deployed table), whoever is signed in.
 */
public final class DecisionHistory {

    private DecisionHistory() {
    }

    public static boolean recorded(ProcessEngine engine) {
        return configuration(engine).getHistoryLevel().isHistoryEventProduced(HistoryEventTypes.DMN_DECISION_EVALUATE, null);
    }

    public static <T> T withoutAuthorization(ProcessEngine engine, Supplier<T> work) {
        return configuration(engine).getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(
                work::get));
    }

    private static ProcessEngineConfigurationImpl configuration(ProcessEngine engine) {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }
}
