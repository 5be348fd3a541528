package vn.vusta.thidua.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.vusta.thidua.ThiDuaSpringTest;
import vn.vusta.thidua.support.WebappSession;

/** Logs in to the Camunda webapps the way the browser does. */
@ThiDuaSpringTest
class WebappLoginTest {

    @Autowired
    TestRestTemplate rest;

    @Test
    void tasklistShowsItsLoginPage() {
        ResponseEntity<String> page = rest.getForEntity("/camunda/app/tasklist/", String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("<html");
    }

    @Test
    void anOfficerMayLogInToTasklistButNotToCockpit() {
        assertThat(new WebappSession(rest).login("son-la", "demo", "tasklist").statusCode()).isEqualTo(200);
        assertThat(new WebappSession(rest).login("son-la", "demo", "cockpit").statusCode()).isEqualTo(403);
    }

    @Test
    void theCouncilChairMayLogInToTasklistButNotToCockpit() {
        assertThat(new WebappSession(rest).login("council-chair", "demo", "tasklist").statusCode()).isEqualTo(200);
        assertThat(new WebappSession(rest).login("council-chair", "demo", "cockpit").statusCode()).isEqualTo(403);
    }

    @Test
    void theCouncilOfficeAndAdminMayOpenCockpit() {
        assertThat(new WebappSession(rest).login("council-office", "demo", "cockpit").statusCode()).isEqualTo(200);
        assertThat(new WebappSession(rest).login("admin", "demo", "cockpit").statusCode()).isEqualTo(200);
        assertThat(new WebappSession(rest).login("admin", "demo", "admin").statusCode()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordIsRefused() {
        // a failed login delays the user's next attempt (engine's login throttling), so use a user no other test needs
        assertThat(new WebappSession(rest).login("kon-tum", "nope", "tasklist").statusCode()).isEqualTo(401);
    }

    @Test
    void aSignedInOfficerSeesTheVietnameseFiltersAndTheirTasksThroughTheWebappApi() {
        WebappSession session = new WebappSession(rest);
        assertThat(session.login("son-la", "demo", "tasklist").statusCode()).isEqualTo(200);

        HttpResponse<String> filters = session.get("/camunda/api/engine/engine/default/filter");
        assertThat(filters.statusCode()).isEqualTo(200);
        assertThat(filters.body()).contains("Việc của tôi", "Việc của đơn vị");
    }

    @Test
    void theWebappApiRefusesAModifyingRequestWithoutTheCsrfToken() {
        WebappSession session = new WebappSession(rest);
        assertThat(session.login("son-la", "demo", "tasklist").statusCode()).isEqualTo(200);

        HttpResponse<String> response = session.postJson("/camunda/api/engine/engine/default/task/x/complete", "{}", false);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("X-XSRF-TOKEN")).contains("Required");
    }
}
