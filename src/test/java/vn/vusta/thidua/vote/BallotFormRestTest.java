package vn.vusta.thidua.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.vusta.thidua.ThiDuaSpringTest;
import vn.vusta.thidua.support.CycleDriver;
import vn.vusta.thidua.support.VoteFixture;

/**
 * A ballot's form receives its options as Tasklist asks for them ({@code deserializeValues=false}): every JSON or
 * object variable as the JSON text Tasklist parses, the unit's own options computed when the form opens.
 */
@ThiDuaSpringTest
class BallotFormRestTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;

    @AfterEach
    void tearDown() {
        CycleDriver.resetClock();
    }

    @Test
    void theOfficersBallotFormReceivesItsOwnOptionsAndEveryObjectAsJsonText() throws Exception {
        VoteFixture fixture = new VoteFixture(context);
        String key = fixture.openVote(6, 2034, "quang-ngai", "gia-lai", NominationVoteScenarioTest.CLUSTER_6);
        String ballot = fixture.ballotTask(key, "quang-ngai").getId();

        ResponseEntity<String> response = rest.withBasicAuth("quang-ngai", "demo")
                .getForEntity("/engine-rest/task/" + ballot + "/form-variables?deserializeValues=false", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode variables = json.readTree(response.getBody());
        List<String> objects = new ArrayList<>();
        for (Map.Entry<String, JsonNode> variable : variables.properties()) {
            String type = variable.getValue().path("type").asText();
            if (type.equals("Object") || type.equals("Json")) {
                objects.add(variable.getKey());
                assertThat(variable.getValue().path("value").isTextual()).as(variable.getKey() + " as text").isTrue();
                json.readTree(variable.getValue().path("value").asText());
            }
        }
        assertThat(objects).contains("flagOptions", "meritOptions", "headOptions", "members", "rules");
        List<String> flagOptions = new ArrayList<>();
        json.readTree(variables.path("flagOptions").path("value").asText()).forEach(o -> flagOptions.add(o.path("value").asText()));
        assertThat(flagOptions).contains("gia-lai").doesNotContain("quang-ngai");
        assertThat(variables.path("flagOptions").path("valueInfo").path("serializationDataFormat").asText())
                .isEqualTo("application/json");
    }
}
