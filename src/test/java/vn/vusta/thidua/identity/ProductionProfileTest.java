package vn.vusta.thidua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import vn.vusta.thidua.ThiDuaApplication;

/** Any profile but demo: no demo accounts, the password policy on, and only a strong administrator password. */
@SpringBootTest(classes = ThiDuaApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:thidua-production;DB_CLOSE_DELAY=-1;MODE=LEGACY",
        "thidua.admin.password=Thi-dua#LHHVN-2025", "camunda.bpm.job-execution.enabled=false",
        // engines register by name JVM-wide: a second "default" would take over the other contexts' REST API
        "camunda.bpm.process-engine-name=production"})
@ActiveProfiles("production-test")
class ProductionProfileTest {

    @Autowired
    IdentityService identityService;

    @Test
    void startsWithOnlyTheAdministratorAndNoDemoAccounts() {
        assertThat(identityService.createUserQuery().list()).extracting(User::getId).containsExactly("admin");
        assertThat(identityService.checkPassword("admin", "Thi-dua#LHHVN-2025")).isTrue();
        assertThat(identityService.createUserQuery().userId("son-la").count()).isZero();
        assertThat(identityService.createGroupQuery().groupId("province-son-la").count()).isOne();
    }

    @Test
    void refusesAWeakAdministratorPassword() {
        identityService.deleteUser("admin-2");
        AdminAccount weak = new AdminAccount(identityService, "admin-2", "demo");

        assertThatThrownBy(() -> weak.run(null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("too weak");
        assertThat(identityService.createUserQuery().userId("admin-2").count()).isZero();
    }

    @Test
    void refusesToStartWithoutAnAdministratorPassword() {
        AdminAccount none = new AdminAccount(identityService, "admin-3", "");

        assertThatThrownBy(() -> none.run(null)).hasMessageContaining("THIDUA_ADMIN_PASSWORD");
    }
}
