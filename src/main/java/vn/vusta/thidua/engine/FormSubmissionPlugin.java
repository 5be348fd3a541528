package vn.vusta.thidua.engine;

import java.util.ArrayList;
import java.util.List;

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
import org.springframework.stereotype.Component;

/**
 * Gives {@link TransientFormValues} to every user task that declares the extension property
 * {@code formValues = transient} (in Camunda Modeler: Extension properties). Those tasks' listeners store the
 * submission in the domain tables; the engine keeps no variable of it. What such a form shows when it opens comes
 * from the task's listener bean that is a {@link FormPrefill}, if any. Completing such a task with variables submits its form
 * ({@link SubmittingTaskService}). Every task completion and form submission waits for the others of its process
 * instance ({@link TaskCompletions}).
 */
@Component
class FormSubmissionPlugin extends AbstractProcessEnginePlugin {

    static final String PROPERTY = "formValues";
    static final String TRANSIENT = "transient";

    private final DeployedFormFields formFields = new DeployedFormFields();

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
                    task.setTaskFormHandler(new TransientFormValues(task.getTaskFormHandler(), formFields));
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
