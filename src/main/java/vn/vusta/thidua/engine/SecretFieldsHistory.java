package vn.vusta.thidua.engine;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.springframework.stereotype.Component;

/**
 * Keeps secret fields ({@link SecretFields}: the nomination vote's ballot) out of the engine's history. Registers,
 * for each standard level that records variables ({@code audit}, {@code full}), a {@link SecretFieldsHistoryLevel} of
 * the same name and id as a custom history level; the engine picks the last level of the configured name, so
 * {@code camunda.bpm.history-level: full} resolves to the secret variant without any change to the configuration or
 * the database. The levels also leave out the history of the engine's multi-instance counters
 * ({@link CountersWithoutHistory}). After start-up it refuses to run if the level in force would still record them.
 */
@Component
class SecretFieldsHistory extends AbstractProcessEnginePlugin {

    private final List<SecretFields> secrets;

    SecretFieldsHistory(List<SecretFields> secrets) {
        this.secrets = List.copyOf(secrets);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryLevel> levels = new ArrayList<>();
        if (configuration.getCustomHistoryLevels() != null) {
            levels.addAll(configuration.getCustomHistoryLevels());
        }
        levels.add(new SecretFieldsHistoryLevel(new CountersWithoutHistory(HistoryLevel.HISTORY_LEVEL_AUDIT), secrets));
        levels.add(new SecretFieldsHistoryLevel(new CountersWithoutHistory(HistoryLevel.HISTORY_LEVEL_FULL), secrets));
        configuration.setCustomHistoryLevels(levels);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        HistoryLevel level = configuration.getHistoryLevel();
        boolean recordsVariables = level != null
                && level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_CREATE, null);
        if (recordsVariables && !(level instanceof SecretFieldsHistoryLevel)) {
            throw new ProcessEngineException("History level " + level.getName() + " would record secret fields (the "
                    + "ballots of the nomination vote); use audit or full (made secret by " + getClass().getSimpleName()
                    + ") or none/activity");
        }
    }
}
