package vn.vusta.thidua.engine;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * The engine wraps exceptions thrown by task listeners ("Exception while invoking TaskListener"), which REST
 * turns into a 500. Outside the transaction (already rolled back), this hands the caller the
 * {@link InvalidSubmissionException} itself, so REST and Tasklist answer 400 with the per-field messages.
 */
@Component
class ValidationErrorsUnwrapped extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        java.util.List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired();
        java.util.List<CommandInterceptor> all = new java.util.ArrayList<>();
        if (interceptors != null) {
            all.addAll(interceptors);
        }
        all.add(new Unwrapping());
        configuration.setCustomPreCommandInterceptorsTxRequired(all);
    }

    static final class Unwrapping extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (ProcessEngineException e) {
                for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                    if (cause instanceof InvalidSubmissionException invalid) {
                        throw invalid;
                    }
                }
                throw e;
            }
        }
    }
}
