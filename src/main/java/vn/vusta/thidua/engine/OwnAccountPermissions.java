package vn.vusta.thidua.engine;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What a user may do with its own account: read it and change its profile and password, not delete it (a deleted
 * officer leaves its unit's tasks to no one). Camunda grants a new user ALL on itself; this grants READ and UPDATE,
 * and at start narrows the grants of accounts created before.
 */
@Component
@Order(21)
class OwnAccountPermissions extends AbstractProcessEnginePlugin implements ApplicationRunner {

    static final Permission[] OWN = {Permissions.READ, Permissions.UPDATE};

    private final AuthorizationService authorizationService;

    OwnAccountPermissions(@Lazy AuthorizationService authorizationService) {
        this.authorizationService = authorizationService;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new DefaultAuthorizationProvider() {
            @Override
            public AuthorizationEntity[] newUser(User user) {
                AuthorizationEntity own = new AuthorizationEntity(AUTH_TYPE_GRANT);
                own.setUserId(user.getId());
                own.setResource(Resources.USER);
                own.setResourceId(user.getId());
                for (Permission permission : OWN) {
                    own.addPermission(permission);
                }
                return new AuthorizationEntity[] {own};
            }
        });
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Authorization> grants = authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
                .resourceType(Resources.USER).list();
        for (Authorization grant : grants) {
            if (grant.getUserId() != null && grant.getUserId().equals(grant.getResourceId())
                    && grant.isPermissionGranted(Permissions.DELETE)) {
                grant.setPermissions(OWN);
                authorizationService.saveAuthorization(grant);
            }
        }
    }
}
