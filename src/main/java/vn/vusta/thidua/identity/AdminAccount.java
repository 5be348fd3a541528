package vn.vusta.thidua.identity;

import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Outside the demo profile, creates the administrator from {@code thidua.admin.password}
 * (env {@code THIDUA_ADMIN_PASSWORD}) once, and refuses to start with a password the engine's policy rejects.
 */
@Component
@Profile("!demo")
@Order(30)
class AdminAccount implements ApplicationRunner {

    private final IdentityService identityService;
    private final String adminId;
    private final String password;

    AdminAccount(IdentityService identityService, @Value("${thidua.admin.id:admin}") String adminId,
            @Value("${thidua.admin.password:}") String password) {
        this.identityService = identityService;
        this.adminId = adminId;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (identityService.createUserQuery().userId(adminId).count() > 0) {
            return;
        }
        if (password.isBlank()) {
            throw new IllegalStateException("No administrator exists: set THIDUA_ADMIN_PASSWORD to create '" + adminId + "'");
        }
        PasswordPolicyResult policy = identityService.checkPasswordAgainstPolicy(password);
        if (!policy.isValid()) {
            throw new IllegalStateException("THIDUA_ADMIN_PASSWORD is too weak: " + policy.getViolatedRules().stream()
                    .map(rule -> rule.getPlaceholder() + rule.getParameters()).collect(Collectors.joining(", ")));
        }
        User admin = identityService.newUser(adminId);
        admin.setFirstName("Quản trị");
        admin.setLastName("Hệ thống");
        admin.setPassword(password);
        identityService.saveUser(admin);
        identityService.createMembership(adminId, Groups.CAMUNDA_ADMIN);
    }
}
