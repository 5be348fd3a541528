package vn.vusta.thidua.support;

import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;

/**
 * Names the job executor's lock owner after the node ({@code thidua.node-name}), so {@code ACT_RU_JOB.LOCK_OWNER_}
 * says which node holds a job. The Camunda 7.24 starter has no property for it (the default is a random UUID
 * per JVM, also unique); candidate for {@code system/} if operators want node names in Cockpit.
 */
public class NodeLockOwner implements BeanPostProcessor {

    private final Environment environment;

    public NodeLockOwner(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        String nodeName = environment.getProperty("thidua.node-name");
        if (bean instanceof JobExecutor jobExecutor && nodeName != null && !nodeName.isBlank()) {
            jobExecutor.setLockOwner(nodeName);
        }
        return bean;
    }
}
