package vn.vusta.thidua.engine;

import java.util.List;

import org.camunda.bpm.engine.impl.ManagementServiceImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.AuthorizationCommandChecker;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.management.UpdateJobSuspensionStateBuilder;
import org.camunda.bpm.engine.management.UpdateJobSuspensionStateSelectBuilder;
import org.camunda.bpm.engine.management.UpdateJobSuspensionStateTenantBuilder;
import org.springframework.stereotype.Component;

/**
 * Jobs of no process (the engine's history clean-up, say) have no process definition to hold a permission, so the
 * engine lets any authenticated user execute them, change their retries, due date or priority, delete or suspend
 * them. Here only administrators may; jobs of a process keep the engine's checks, the job executor is unaffected.
 */
@Component
class GlobalJobsForAdministrators extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setManagementService(new CheckedBeforehand(configuration));
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandChecker> checkers = configuration.getCommandCheckers();
        checkers.replaceAll(checker -> checker.getClass() == AuthorizationCommandChecker.class ? new Checker() : checker);
    }

    static void requireAdministratorFor(JobEntity job) {
        if (job != null && job.getProcessDefinitionId() == null) {
            Context.getCommandContext().getAuthorizationManager().checkCamundaAdmin();
        }
    }

    static final class Checker extends AuthorizationCommandChecker {

        @Override
        public void checkUpdateJob(JobEntity job) {
            requireAdministratorFor(job);
            super.checkUpdateJob(job);
        }

        @Override
        public void checkUpdateRetriesJob(JobEntity job) {
            requireAdministratorFor(job);
            super.checkUpdateRetriesJob(job);
        }
    }

    /**
     * Suspending or activating one job by its id: the engine checks only the job's process, if any. Executing one:
     * checked before the engine runs it, since a refusal inside the execution counts as a failed run of the job.
     */
    static final class CheckedBeforehand extends ManagementServiceImpl {

        CheckedBeforehand(ProcessEngineConfigurationImpl configuration) {
            super(configuration);
        }

        @Override
        public void executeJob(String jobId) {
            check(jobId);
            super.executeJob(jobId);
        }

        @Override
        public void suspendJobById(String jobId) {
            check(jobId);
            super.suspendJobById(jobId);
        }

        @Override
        public void activateJobById(String jobId) {
            check(jobId);
            super.activateJobById(jobId);
        }

        @Override
        public UpdateJobSuspensionStateSelectBuilder updateJobSuspensionState() {
            UpdateJobSuspensionStateSelectBuilder engine = super.updateJobSuspensionState();
            return new UpdateJobSuspensionStateSelectBuilder() {
                @Override
                public UpdateJobSuspensionStateBuilder byJobId(String jobId) {
                    check(jobId);
                    return engine.byJobId(jobId);
                }

                @Override
                public UpdateJobSuspensionStateBuilder byJobDefinitionId(String jobDefinitionId) {
                    return engine.byJobDefinitionId(jobDefinitionId);
                }

                @Override
                public UpdateJobSuspensionStateBuilder byProcessInstanceId(String processInstanceId) {
                    return engine.byProcessInstanceId(processInstanceId);
                }

                @Override
                public UpdateJobSuspensionStateBuilder byProcessDefinitionId(String processDefinitionId) {
                    return engine.byProcessDefinitionId(processDefinitionId);
                }

                @Override
                public UpdateJobSuspensionStateTenantBuilder byProcessDefinitionKey(String processDefinitionKey) {
                    return engine.byProcessDefinitionKey(processDefinitionKey);
                }
            };
        }

        private void check(String jobId) {
            if (jobId != null && Context.getCommandContext() == null) {
                commandExecutor.execute(context -> {
                    requireAdministratorFor(context.getJobManager().findJobById(jobId));
                    return null;
                });
            }
        }
    }
}
