package vn.vusta.thidua.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.vusta.thidua.ThiDuaSpringTest;

@ThiDuaSpringTest
class DemoUsersTest {

    @Autowired
    IdentityService identityService;
    @Autowired
    DemoUsers demoUsers;

    @Test
    void demoUsersGetAnAddressOnTheReservedDomainAtEveryStartButKeepOneAnAdministratorEntered() {
        assertThat(email("cluster-9-supervisor")).isEqualTo("cluster-9-supervisor@thidua.example");
        setEmail("cluster-9-supervisor", "cluster-9-supervisor@thidua.local");
        setEmail("cluster-8-supervisor", null);
        setEmail("cluster-6-supervisor", "phu-trach-cum-6@vusta.vn");
        try {
            demoUsers.run(null);
            demoUsers.run(null);

            assertThat(email("cluster-9-supervisor")).isEqualTo("cluster-9-supervisor@thidua.example");
            assertThat(email("cluster-8-supervisor")).isEqualTo("cluster-8-supervisor@thidua.example");
            assertThat(email("cluster-6-supervisor")).isEqualTo("phu-trach-cum-6@vusta.vn");
            assertThat(identityService.checkPassword("cluster-9-supervisor", "demo")).as("password kept").isTrue();
        } finally {
            setEmail("cluster-6-supervisor", "cluster-6-supervisor@thidua.example");
        }
    }

    private String email(String userId) {
        return identityService.createUserQuery().userId(userId).singleResult().getEmail();
    }

    private void setEmail(String userId, String email) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        user.setEmail(email);
        identityService.saveUser(user);
    }
}
