package vn.vusta.thidua.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.mockito.Mockito;

/**
 * The engine of the process tests: one plain Camunda engine per JVM — in-memory H2, full history, no job executor,
 * no Spring. A delegate or listener name in a model ({@code ${tallyVotes}}) resolves to what the test registered
 * with {@link #mock} or {@link #register}; {@code @Deployment} deploys the model (and its forms) before each test and removes
 * it after. Use as {@code @RegisterExtension static ProcessTestEngine engine = new ProcessTestEngine();}.
 * <p>
 * The engine is taken out of Camunda's JVM-wide registry, so the Spring tests of the same JVM still find only
 * their own engine, and (as every {@link ProcessEngineExtension}) its clock is reset after each test:
 * move it with {@link #setCurrentTime}.
 */
public class ProcessTestEngine extends ProcessEngineExtension {

    private static ProcessEngine shared;

    public ProcessTestEngine() {
        useProcessEngine(shared());
    }

    private static synchronized ProcessEngine shared() {
        if (shared == null) {
            StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
            configuration.setProcessEngineName("processtests");
            configuration.setJdbcUrl("jdbc:h2:mem:processtests;DB_CLOSE_DELAY=-1");
            configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
            configuration.setJobExecutorActivate(false);
            configuration.setExpressionManager(new MockExpressionManager());
            shared = configuration.buildProcessEngine();
            ProcessEngines.unregister(shared);
        }
        return shared;
    }

    /**
     * A Mockito mock that the models' expressions find under {@code name} (e.g. {@code ${tallyVotes}}) until the
     * end of the test; create it in a field initializer or a {@code @BeforeEach} method.
     */
    public <T> T mock(String name, Class<T> type) {
        return register(name, Mockito.mock(type));
    }

    /** Lets the models' expressions find {@code bean} under {@code name} until the end of the test. */
    public <T> T register(String name, T bean) {
        Mocks.register(name, bean);
        return bean;
    }

    /** The Camunda Form a task shows ({@code camunda:formRef}), e.g. {@code register-targets}. */
    public String formOf(Task task) {
        CamundaFormRef form = getTaskService().createTaskQuery().taskId(task.getId()).initializeFormKeys().singleResult()
                .getCamundaFormRef();
        return form == null ? null : form.getKey();
    }

    @Override
    public void beforeTestExecution(ExtensionContext context) {
        super.beforeTestExecution(context);
        BpmnAwareTests.init(getProcessEngine());
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        try {
            super.afterTestExecution(context);
        } finally {
            Mocks.reset();
            BpmnAwareTests.reset();
        }
    }
}
