package vn.vusta.thidua.engine;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.CamundaFormRefImpl;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;

/**
 * The keys a task's deployed Camunda Form can submit: every component with a {@code key} except those that show
 * and never submit (text, html, image, table, spacer, separator, button, iframe). A submission may carry nothing
 * else ({@link TransientFormValues}): who submits, for which unit, round or deadline comes from the engine.
 *
 * <p>A deployed form never changes, so its keys are read once per form definition; a form bound to its deployment
 * (all of ours) is found without a query after the first time.
 */
final class DeployedFormFields {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> DISPLAY_ONLY =
            Set.of("text", "html", "image", "table", "spacer", "separator", "button", "iframe", "documentPreview");

    private final Map<String, Set<String>> byDefinitionId = new ConcurrentHashMap<>();
    private final Map<String, String> definitionIdByDeploymentAndKey = new ConcurrentHashMap<>();

    /** The submittable keys of the task's Camunda Form; empty when the task has none. */
    Set<String> of(TaskEntity task) {
        FormDefinition form = task.getTaskDefinition() == null ? null : task.getTaskDefinition().getFormDefinition();
        if (form == null || form.getCamundaFormDefinitionKey() == null) {
            return Set.of();
        }
        String key = String.valueOf(form.getCamundaFormDefinitionKey().getValue(task));
        String deploymentId = task.getProcessDefinition() == null ? null : task.getProcessDefinition().getDeploymentId();
        String binding = form.getCamundaFormDefinitionBinding();
        if ("deployment".equals(binding)) {
            String known = definitionIdByDeploymentAndKey.get(deploymentId + "|" + key);
            if (known != null && byDefinitionId.containsKey(known)) {
                return byDefinitionId.get(known);
            }
        }
        CamundaFormDefinition definition = definition(key, binding, form.getCamundaFormDefinitionVersion(), task,
                deploymentId);
        Set<String> keys = byDefinitionId.computeIfAbsent(definition.getId(), id -> read(definition));
        if ("deployment".equals(binding)) {
            definitionIdByDeploymentAndKey.put(deploymentId + "|" + key, definition.getId());
        }
        return keys;
    }

    private static CamundaFormDefinition definition(String key, String binding, Expression version, TaskEntity task,
            String deploymentId) {
        CamundaFormRefImpl ref = new CamundaFormRefImpl(key, binding);
        if (version != null) {
            ref.setVersion(Integer.valueOf(String.valueOf(version.getValue(task))));
        }
        CamundaFormDefinition definition = new GetCamundaFormDefinitionCmd(ref, deploymentId).execute(commandContext());
        if (definition == null) {
            throw new ProcessEngineException("No deployed form " + describe(ref) + " for task " + task.getId());
        }
        return definition;
    }

    private static Set<String> read(CamundaFormDefinition definition) {
        ResourceEntity resource = commandContext().getResourceManager()
                .findResourceByDeploymentIdAndResourceName(definition.getDeploymentId(), definition.getResourceName());
        try {
            return keysOf(JSON.readTree(resource.getBytes()));
        } catch (IOException e) {
            throw new ProcessEngineException("Form " + definition.getResourceName() + " is not JSON", e);
        }
    }

    static Set<String> keysOf(JsonNode form) {
        Set<String> keys = new LinkedHashSet<>();
        collect(form, keys);
        return Collections.unmodifiableSet(keys);
    }

    private static void collect(JsonNode container, Set<String> keys) {
        for (JsonNode component : container.path("components")) {
            if (component.hasNonNull("key") && !DISPLAY_ONLY.contains(component.path("type").asText())) {
                keys.add(component.get("key").asText());
            }
            collect(component, keys);
        }
    }

    private static CommandContext commandContext() {
        return Context.getCommandContext();
    }

    private static String describe(CamundaFormRef ref) {
        return "'" + ref.getKey() + "' (" + ref.getBinding() + ")";
    }
}
