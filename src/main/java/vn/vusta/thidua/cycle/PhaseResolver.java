package vn.vusta.thidua.cycle;

import org.camunda.bpm.engine.RepositoryService;
import org.springframework.stereotype.Component;

/** Which phase a process definition runs (the engine caches definitions, so this is cheap). */
@Component
public class PhaseResolver {

    private final RepositoryService repositoryService;

    PhaseResolver(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    public Phase of(String processDefinitionId) {
        String key = repositoryService.getProcessDefinition(processDefinitionId).getKey();
        return Phase.ofProcessKey(key).orElseThrow(() -> new IllegalStateException("no phase runs process " + key));
    }
}
