package vn.vusta.thidua.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.vusta.thidua.ThiDuaSpringTest;
import vn.vusta.thidua.support.WebappSession;

/**
 * A page of another site can make an administrator's browser send its webapp session to {@code /api}; without the
 * session's CSRF token such a request changes nothing. HTTP Basic clients need no token.
 */
@ThiDuaSpringTest
class ApiCsrfTest {

    private static final String OPEN_CYCLE = "{\"year\": 2098, \"cluster\": 9}";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSessionRequestThatChangesDataNeedsTheSessionsCsrfToken() {
        WebappSession admin = signedInAdmin();
        long audited = audited();

        HttpResponse<String> forged = admin.send("POST", "/api/cycles", "application/json", OPEN_CYCLE, false,
                Map.of("Origin", "https://evil.example"));
        HttpResponse<String> calendar = admin.send("PUT", "/api/calendar/9/2098", "application/json",
                "{\"registrationDue\": \"2098-03-31\"}", false, Map.of());
        HttpResponse<String> importAsFormPost = admin.send("POST", "/api/reference/import/provinces", "text/plain",
                "gso_code,code,name\n99,atlantis,Atlantis\n", false, Map.of("Origin", "https://evil.example"));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("CSRF", "X-XSRF-TOKEN");
        assertThat(calendar.statusCode()).isEqualTo(403);
        assertThat(importAsFormPost.statusCode()).isEqualTo(403);
        assertThat(audited()).isEqualTo(audited);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM province WHERE code = 'atlantis'", Long.class)).isZero();

        HttpResponse<String> withToken = admin.send("POST", "/api/cycles", "application/json", OPEN_CYCLE, true, Map.of());
        assertThat(withToken.statusCode()).isEqualTo(200);
        assertThat(withToken.body()).contains("\"cluster\":9");
        assertThat(admin.get("/api/cycles?year=2098").statusCode()).as("reading needs no token").isEqualTo(200);
    }

    @Test
    void csvImportsAreTextCsvOnly() {
        WebappSession admin = signedInAdmin();

        HttpResponse<String> plain = admin.send("POST", "/api/reference/import/provinces", "text/plain",
                "gso_code,code,name\n99,atlantis,Atlantis\n", true, Map.of());

        assertThat(plain.statusCode()).isEqualTo(415);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM province WHERE code = 'atlantis'", Long.class)).isZero();
    }

    @Test
    void httpBasicClientsNeedNoToken() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);

        var answer = rest.withBasicAuth("admin", "demo").postForEntity("/api/cycles", new HttpEntity<>(OPEN_CYCLE, headers),
                String.class);

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
    }

    /** Signed in to Cockpit, with the page loaded after the login as a browser does (the session's token is issued). */
    private WebappSession signedInAdmin() {
        WebappSession admin = new WebappSession(rest);
        assertThat(admin.login("admin", "demo", "cockpit").statusCode()).isEqualTo(200);
        assertThat(admin.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(200);
        return admin;
    }

    private long audited() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_log", Long.class);
    }
}
