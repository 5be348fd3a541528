package vn.vusta.thidua.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.vusta.thidua.ThiDuaSpringTest;

@ThiDuaSpringTest
class RestAuthenticationTest {

    @Autowired
    TestRestTemplate rest;

    @Test
    void engineRestWithoutCredentialsIsUnauthorized() {
        ResponseEntity<String> response = rest.getForEntity("/engine-rest/task", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void engineRestWithAWrongPasswordIsUnauthorized() {
        // a failed login delays the user's next one (engine login throttling): a user no other test logs in as
        assertThat(rest.withBasicAuth("gia-lai", "wrong").getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
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
}
