package vn.vusta.thidua.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import vn.vusta.thidua.ThiDuaSpringTest;

/** A user reads and changes its own profile and password, and cannot delete its own account. */
@ThiDuaSpringTest
class OwnAccountTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    OwnAccountPermissions ownAccounts;

    @Test
    void anOfficerKeepsItsAccountButMayChangeItsProfileAndPassword() {
        User officer = identityService.newUser("own-account-officer");
        officer.setPassword("Mat-khau-2026!");
        officer.setFirstName("Nguyễn Văn");
        officer.setLastName("An");
        identityService.saveUser(officer);
        identityService.createMembership(officer.getId(), "province-ca-mau");
        TestRestTemplate client = rest.withBasicAuth(officer.getId(), "Mat-khau-2026!");

        ResponseEntity<String> delete = client.exchange("/engine-rest/user/" + officer.getId(), HttpMethod.DELETE, null,
                String.class);
        ResponseEntity<Map> profile = client.getForEntity("/engine-rest/user/" + officer.getId() + "/profile", Map.class);
        ResponseEntity<String> rename = client.exchange("/engine-rest/user/" + officer.getId() + "/profile", HttpMethod.PUT,
                new HttpEntity<>(Map.of("id", officer.getId(), "firstName", "Nguyễn Văn", "lastName", "Anh",
                        "email", "an@lhh.example")), String.class);
        ResponseEntity<String> password = client.exchange("/engine-rest/user/" + officer.getId() + "/credentials",
                HttpMethod.PUT, new HttpEntity<>(Map.of("password", "Mat-khau-moi-2026!",
                        "authenticatedUserPassword", "Mat-khau-2026!")), String.class);

        assertThat(delete.getStatusCode().value()).isEqualTo(403);
        assertThat(identityService.createUserQuery().userId(officer.getId()).count()).isOne();
        assertThat(profile.getStatusCode().value()).isEqualTo(200);
        assertThat(rename.getStatusCode().value()).isEqualTo(204);
        assertThat(password.getStatusCode().value()).isEqualTo(204);
        assertThat(identityService.checkPassword(officer.getId(), "Mat-khau-moi-2026!")).isTrue();
        assertThat(identityService.createUserQuery().userId(officer.getId()).singleResult().getLastName()).isEqualTo("Anh");
    }

    @Test
    void accountsCreatedBeforeLoseTheRightToDeleteThemselvesAtStart() {
        User old = identityService.newUser("own-account-before");
        identityService.saveUser(old);
        Authorization grant = authorizationService.createAuthorizationQuery().userIdIn(old.getId())
                .resourceType(Resources.USER).resourceId(old.getId()).singleResult();
        grant.setPermissions(new org.camunda.bpm.engine.authorization.Permission[] {Permissions.ALL});
        authorizationService.saveAuthorization(grant);

        ownAccounts.run(null);

        Authorization narrowed = authorizationService.createAuthorizationQuery().userIdIn(old.getId())
                .resourceType(Resources.USER).resourceId(old.getId()).singleResult();
        assertThat(narrowed.isPermissionGranted(Permissions.DELETE)).isFalse();
        assertThat(narrowed.isPermissionGranted(Permissions.READ)).isTrue();
        assertThat(narrowed.isPermissionGranted(Permissions.UPDATE)).isTrue();
    }
}
