package vn.vusta.thidua.engine;

import static org.assertj.core.api.Assertions.assertThat;


import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;

class DelegateBeansFirstTest {

    static final class Presenter implements TaskListener {
        @Override
        public void notify(DelegateTask task) {
        }
    }

    private final Presenter presenter = new Presenter();

    private Object evaluate(String expression, VariableContext variables) {
        GenericApplicationContext beans = new GenericApplicationContext();
        beans.registerBean("presentTask", Presenter.class, () -> presenter);
        beans.registerBean("clusterLabel", String.class, () -> "a bean that is no delegate");
        beans.refresh();
        DelegateBeansFirst.ExpressionManager manager = new DelegateBeansFirst.ExpressionManager(beans, null);
        return manager.createValueExpression(expression).getValue(manager.createElContext(variables));
    }

    @Test
    void aDelegateBeanIsFoundWithoutLookingAtVariables() {
        assertThat(evaluate("${presentTask}", Variables.emptyVariableContext())).isSameAs(presenter);
    }

    @Test
    void aVariableCannotShadowADelegateBean() {
        VariableContext variables = Variables.createVariables().putValue("presentTask", "submitted by a client")
                .asVariableContext();

        assertThat(evaluate("${presentTask}", variables)).isSameAs(presenter);
    }

    @Test
    void otherNamesResolveToVariablesFirstThenBeans() {
        VariableContext variables = Variables.createVariables().putValue("clusterLabel", "Cụm thi đua số 4")
                .putValue("members", java.util.List.of("ha-noi", "hai-phong")).asVariableContext();

        assertThat(evaluate("${clusterLabel}", variables)).isEqualTo("Cụm thi đua số 4");
        assertThat(evaluate("${members.size()}", variables)).isEqualTo(2);
        assertThat(evaluate("${clusterLabel}", Variables.emptyVariableContext())).isEqualTo("a bean that is no delegate");
        assertThat(evaluate("${clusterLabel.length()}", Variables.createVariables().putValue("clusterLabel", "abc")
                .asVariableContext())).isEqualTo(3);
    }
}
