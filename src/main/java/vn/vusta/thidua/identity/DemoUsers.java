package vn.vusta.thidua.identity;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.vusta.thidua.reference.ClusterSupervisor;
import vn.vusta.thidua.reference.EmulationCluster;
import vn.vusta.thidua.reference.Province;
import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.reference.Supervisors;
import vn.vusta.thidua.system.GroupIds;

/**
 * Demo accounts, all with the demo password: one officer per province (user id = province code), the
 * council's office, five members and chair, one account per supervisor of the reference data (the demo's come
 * from {@code reference/demo/supervisors.csv}: who supervises which cluster in which year is data, not a user-id
 * convention), and admin. Demo profile only. Each gets an e-mail address on the reserved domain {@value #MAIL_DOMAIN}
 * (RFC 2606: no mail ever reaches a real person), unless an administrator has entered another one.
 */
@Component
@Profile("demo")
@Order(30)
class DemoUsers implements ApplicationRunner {

    static final int COUNCIL_MEMBERS = 5;
    static final String MAIL_DOMAIN = "thidua.example";
    /** the demo domain of earlier versions, replaced at start-up */
    private static final String OLD_MAIL_DOMAIN = "@thidua.local";

    private final IdentityService identityService;
    private final ReferenceData reference;
    private final Supervisors supervisors;
    private final String password;
    private final TransactionTemplate transaction;
    private Map<String, User> existingUsers;

    DemoUsers(IdentityService identityService, ReferenceData reference, Supervisors supervisors,
            @Value("${thidua.demo.password:demo}") String password, TransactionTemplate transaction) {
        this.supervisors = supervisors;
        this.identityService = identityService;
        this.transaction = transaction;
        this.reference = reference;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        // one transaction and one query for the existing users: on a fresh database ~80 users and their
        // memberships are written in one commit without a query per user
        transaction.executeWithoutResult(status -> createUsers());
    }

    private void createUsers() {
        existingUsers = new HashMap<>();
        identityService.createUserQuery().list().forEach(u -> existingUsers.put(u.getId(), u));
        for (Province province : reference.provinces()) {
            user(province.code(), "Cán bộ thi đua", "LHH " + province.name(), GroupIds.province(province.code()));
        }
        user("council-office", "Thường trực", "Hội đồng TĐKT", GroupIds.COUNCIL_OFFICE);
        for (int i = 1; i <= COUNCIL_MEMBERS; i++) {
            user("council-" + i, "Ủy viên " + i, "Hội đồng TĐKT", GroupIds.COUNCIL);
        }
        // a person's name, as the decision prints it under the signature: "Trần Văn" (họ và tên đệm) "An" (tên)
        user("council-chair", "An", "Trần Văn", GroupIds.COUNCIL_CHAIR);
        for (ClusterSupervisor supervisor : supervisors.all()) {
            String cluster = reference.cluster(supervisor.cluster()).map(EmulationCluster::name)
                    .orElse("Cụm thi đua số " + supervisor.cluster());
            user(supervisor.userId(), "Phụ trách", cluster, GroupIds.SUPERVISORS);
        }
        user("admin", "Quản trị", "Hệ thống", Groups.CAMUNDA_ADMIN);
    }

    private void user(String id, String firstName, String lastName, String groupId) {
        User existing = existingUsers.get(id);
        if (existing == null) {
            User user = identityService.newUser(id);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEmail(address(id));
            user.setPassword(password);
            identityService.saveUser(user);
            existingUsers.put(id, user);
            // a new user has no memberships yet
            identityService.createMembership(id, groupId);
            return;
        }
        if (existing.getEmail() == null || existing.getEmail().isBlank() || existing.getEmail().endsWith(OLD_MAIL_DOMAIN)) {
            existing.setEmail(address(id));
            identityService.saveUser(existing);
        }
        if (identityService.createUserQuery().userId(id).memberOfGroup(groupId).count() == 0) {
            identityService.createMembership(id, groupId);
        }
    }

    static String address(String userId) {
        return userId + "@" + MAIL_DOMAIN;
    }
}
