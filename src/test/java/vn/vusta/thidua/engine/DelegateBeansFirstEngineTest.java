package vn.vusta.thidua.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import vn.vusta.thidua.ThiDuaSpringTest;

/** The application's engine resolves its listeners' names to the beans, whatever variables the scope has. */
@ThiDuaSpringTest
class DelegateBeansFirstEngineTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    ApplicationContext beans;

    @Test
    void theEngineResolvesAListenerNameToTheBeanEvenWhenAVariableHasThatName() {
        JuelExpressionManager expressions = (JuelExpressionManager) ((ProcessEngineConfigurationImpl) engine
                .getProcessEngineConfiguration()).getExpressionManager();
        var variables = Variables.createVariables().putValue("presentTask", "submitted by a client").asVariableContext();

        Object resolved = expressions.createValueExpression("${presentTask}").getValue(expressions.createElContext(variables));

        assertThat(resolved).isInstanceOf(TaskListener.class).isSameAs(beans.getBean("presentTask"));
    }
}
