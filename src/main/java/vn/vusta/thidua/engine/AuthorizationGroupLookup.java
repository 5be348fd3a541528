package vn.vusta.thidua.engine;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Before its first authorization check in each command, Camunda reads every group id that has an authorization
 * ({@code SELECT DISTINCT GROUP_ID_ FROM ACT_RU_AUTHORIZATION}) and keeps only the user's groups that appear there,
 * to keep the {@code GROUP_ID_ IN (…)} lists short for users in hundreds of groups. Here every open task has its
 * own authorization rows (candidate group → READ, TASK_WORK), so the table grows with the open tasks (10,000 open
 * tasks: more than 10,000 rows) and that full scan ran in every command of every request: each REST call of a
 * task list or a submission ran it several times.
 *
 * <p>Our users are in one to a few groups, so the manager installed here skips the scan and checks the user's
 * groups as they are. The result of every check is the same: a group without any authorization row matches
 * nothing in the {@code IN} list. Above {@link #MAX_GROUPS} groups the engine's own filtering applies.
 */
@Component
class AuthorizationGroupLookup extends AbstractProcessEnginePlugin {

    /** Users in more groups than this get the engine's prefiltering (never the case in this application). */
    static final int MAX_GROUPS = 20;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<SessionFactory> factories = new ArrayList<>();
        if (configuration.getCustomSessionFactories() != null) {
            factories.addAll(configuration.getCustomSessionFactories());
        }
        factories.add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return AuthorizationManager.class;
            }

            @Override
            public Session openSession() {
                return new FewGroupsAuthorizationManager();
            }
        });
        configuration.setCustomSessionFactories(factories);
    }

    static final class FewGroupsAuthorizationManager extends AuthorizationManager {

        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            if (authenticatedGroupIds == null || authenticatedGroupIds.size() > MAX_GROUPS) {
                return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
            }
            return new ArrayList<>(authenticatedGroupIds);
        }
    }
}
