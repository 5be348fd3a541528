package vn.vusta.thidua.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;

import vn.vusta.thidua.ThiDuaSpringTest;

@ThiDuaSpringTest
class RestAuthenticationTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    IdentityService identityService;

    @Test
    void engineRestWithoutCredentialsIsUnauthorized() {
        ResponseEntity<String> response = rest.getForEntity("/engine-rest/task", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void engineRestWithAWrongPasswordIsUnauthorized() {
        // a failed login delays the user's next one (engine login throttling): a user of its own, not an officer
        // that another test logs in as (gia-lai was, and the browser vote test could meet the delay)
        String id = ownUser("wrong-password-check", "Dung-mat-khau-2026!");
        assertThat(status(id, "wrong", "/engine-rest/task")).isEqualTo(HttpStatus.UNAUTHORIZED);
        identityService.deleteUser(id);
    }

    @Test
    void anOfficersCredentialsWorkOnEngineRest() {
        ResponseEntity<String> response = rest.withBasicAuth("son-la", "demo").getForEntity("/engine-rest/task", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).startsWith("[");
    }

    @Test
    void anOfficerSeesNoAuthorizationsOfOthers() {
        assertThat(rest.withBasicAuth("son-la", "demo")
                .getForEntity("/engine-rest/authorization", String.class).getBody()).isEqualTo("[]");
    }

    @Test
    void projectApiWithoutCredentialsIsUnauthorizedAndWithThemWorks() {
        assertThat(rest.getForEntity("/api/reference/provinces", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> response = rest.withBasicAuth("son-la", "demo").getForEntity("/api/reference/provinces", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains("Sơn La");
    }

    @Test
    void aRememberedLoginLetsNoOtherPasswordInAndANewPasswordWorksAtOnce() {
        // a user of its own: a refused attempt delays that user's next password check (login throttling)
        String id = ownUser("basic-cache-check", "Kiem-tra-2026!Bo-nho");
        assertThat(status(id, "Kiem-tra-2026!Bo-nho", "/engine-rest/task")).isEqualTo(HttpStatus.OK);
        assertThat(status(id, "Kiem-tra-2026!Bo-nho", "/api/reference/provinces")).isEqualTo(HttpStatus.OK);
        // remembered: the same credentials again, also on the other API
        assertThat(status(id, "Kiem-tra-2026!Bo-nho", "/engine-rest/task")).isEqualTo(HttpStatus.OK);
        assertThat(status(id, "Kiem-tra-2026!Bo-nho", "/api/reference/provinces")).isEqualTo(HttpStatus.OK);
        // a wrong password is checked by the engine every time, never taken from the remembered login
        assertThat(status(id, "Sai-mat-khau-2026!", "/engine-rest/task")).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(status(id, "Sai-mat-khau-2026!", "/api/reference/provinces")).isEqualTo(HttpStatus.UNAUTHORIZED);
        // the remembered login is not delayed by the refused attempts
        assertThat(status(id, "Kiem-tra-2026!Bo-nho", "/engine-rest/task")).isEqualTo(HttpStatus.OK);
        identityService.deleteUser(id);
    }

    /** A user no other test knows, created if absent; its id. */
    private String ownUser(String id, String password) {
        if (identityService.createUserQuery().userId(id).count() == 0) {
            User user = identityService.newUser(id);
            user.setPassword(password);
            identityService.saveUser(user);
        }
        return id;
    }

    private HttpStatusCode status(String user, String password, String path) {
        return rest.withBasicAuth(user, password).getForEntity(path, String.class).getStatusCode();
    }
}
