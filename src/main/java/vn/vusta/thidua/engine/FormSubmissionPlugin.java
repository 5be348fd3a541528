package vn.vusta.thidua.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Namespace;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gives {@link TransientFormValues} to every user task that declares the extension property
 * {@code formValues = transient} (in Camunda Modeler: Extension properties). Those tasks' listeners store the
 * submission in the domain tables; the engine keeps no variable of it. What such a form shows when it opens comes
 * from the {@link FormPrefill} bean of the task, if any. Completing such a task with variables submits its form
 * ({@link SubmittingTaskService}). Every task completion and form submission waits for the others of its process
 * instance ({@link TaskCompletions}).
 */
@Component
class FormSubmissionPlugin extends AbstractProcessEnginePlugin {

    static final String PROPERTY = "formValues";
    static final String TRANSIENT = "transient";

    private final ObjectProvider<FormPrefill> prefills;
    private final DeployedFormFields formFields = new DeployedFormFields();

    FormSubmissionPlugin(ObjectProvider<FormPrefill> prefills) {
        this.prefills = prefills;
    }

    private volatile Map<String, FormPrefill> prefillByTask;

    /** Resolved when the first form opens, not at engine start: the prefill beans need the engine's services. */
    private Optional<FormPrefill> prefillOf(String taskDefinitionKey) {
        Map<String, FormPrefill> byTask = prefillByTask;
        if (byTask == null) {
            Map<String, FormPrefill> resolved = new HashMap<>();
            prefills.orderedStream().forEach(p -> p.taskDefinitionKeys().forEach(key -> resolved.putIfAbsent(key, p)));
            byTask = Map.copyOf(resolved);
            prefillByTask = byTask;
        }
        return Optional.ofNullable(byTask.get(taskDefinitionKey));
    }
    private static final Namespace CAMUNDA = BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = new ArrayList<>();
        if (configuration.getCustomPostBPMNParseListeners() != null) {
            listeners.addAll(configuration.getCustomPostBPMNParseListeners());
        }
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                if (TRANSIENT.equals(property(element, PROPERTY))) {
                    task.setTaskFormHandler(new TransientFormValues(task.getTaskFormHandler(), FormSubmissionPlugin.this::prefillOf,
                            formFields));
                }
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
        configuration.setTaskService(new GuardedTaskService());
        configuration.setFormService(new SubmittingFormService());
    }

    static String property(Element element, String name) {
        Element extensions = element.element("extensionElements");
        Element properties = extensions == null ? null : extensions.elementNS(CAMUNDA, "properties");
        if (properties == null) {
            return null;
        }
        for (Element property : properties.elementsNS(CAMUNDA, "property")) {
            if (name.equals(property.attribute("name"))) {
                return property.attribute("value");
            }
        }
        return null;
    }
}
