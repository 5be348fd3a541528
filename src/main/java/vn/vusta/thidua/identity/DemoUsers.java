package vn.vusta.thidua.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.reference.EmulationCluster;
import vn.vusta.thidua.reference.Province;
import vn.vusta.thidua.reference.ReferenceRepository;
import vn.vusta.thidua.system.GroupIds;

/**
 * Demo accounts, all with the demo password: one officer per province (user id = province code), the
 * council's office, five members and chair, one supervisor per cluster, and admin. Demo profile only.
 */
@Component
@Profile("demo")
@Order(30)
class DemoUsers implements ApplicationRunner {

    static final int COUNCIL_MEMBERS = 5;

    private final IdentityService identityService;
    private final ReferenceRepository reference;
    private final String password;

    DemoUsers(IdentityService identityService, ReferenceRepository reference,
            @Value("${thidua.demo.password:demo}") String password) {
        this.identityService = identityService;
        this.reference = reference;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Province province : reference.provinces()) {
            user(province.code(), "Cán bộ thi đua", "LHH " + province.name(), GroupIds.province(province.code()));
        }
        user("council-office", "Thường trực", "Hội đồng TĐKT", GroupIds.COUNCIL_OFFICE);
        for (int i = 1; i <= COUNCIL_MEMBERS; i++) {
            user("council-" + i, "Ủy viên " + i, "Hội đồng TĐKT", GroupIds.COUNCIL);
        }
        user("council-chair", "Chủ tịch", "Hội đồng TĐKT", GroupIds.COUNCIL_CHAIR);
        for (EmulationCluster cluster : reference.clusters()) {
            user(GroupIds.supervisorUser(cluster.number()), "Phụ trách", cluster.name(), GroupIds.SUPERVISORS);
        }
        user("admin", "Quản trị", "Hệ thống", Groups.CAMUNDA_ADMIN);
    }

    private void user(String id, String firstName, String lastName, String groupId) {
        if (identityService.createUserQuery().userId(id).count() == 0) {
            User user = identityService.newUser(id);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEmail(id + "@thidua.local");
            user.setPassword(password);
            identityService.saveUser(user);
        }
        if (identityService.createUserQuery().userId(id).memberOfGroup(groupId).count() == 0) {
            identityService.createMembership(id, groupId);
        }
    }
}
