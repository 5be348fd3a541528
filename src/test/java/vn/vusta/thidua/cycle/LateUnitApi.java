package vn.vusta.thidua.cycle;

import java.util.List;
import java.util.Map;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/** The late-unit endpoints and what the users read back, called as a given user with the demo password. */
final class LateUnitApi {

    private final TestRestTemplate rest;

    LateUnitApi(TestRestTemplate rest) {
        this.rest = rest;
    }

    ResponseEntity<Map> close(String user, String key, String unit, String reason) {
        return rest.withBasicAuth(user, "demo").postForEntity("/api/cycles/" + key + "/units/" + unit + "/close",
                Map.of("reason", reason), Map.class);
    }

    ResponseEntity<Map> extend(String user, String key, String unit, String until, String reason) {
        return rest.withBasicAuth(user, "demo").postForEntity("/api/cycles/" + key + "/units/" + unit + "/extend",
                Map.of("until", until, "reason", reason), Map.class);
    }

    Map<String, Object> results(String user, String key) {
        return rest.withBasicAuth(user, "demo").getForObject("/api/cycles/" + key, Map.class);
    }

    /** The unit's status of the phase in {@code GET /api/cycles/{key}}, as the user reads it. */
    @SuppressWarnings("unchecked")
    Map<String, Object> phaseOf(String user, String key, String unit, String phase) {
        Map<String, Object> found = ((List<Map<String, Object>>) results(user, key).get("units")).stream()
                .filter(u -> unit.equals(u.get("province"))).findFirst().orElseThrow();
        return (Map<String, Object>) ((Map<String, Object>) found.get("phases")).get(phase);
    }

    /** The user's notifications of the cycle, as "KIND message". */
    @SuppressWarnings("unchecked")
    List<String> messages(String user, String key) {
        List<Map<String, Object>> all = rest.withBasicAuth(user, "demo").getForObject("/api/notifications", List.class);
        return all.stream().filter(n -> key.equals(n.get("businessKey"))).map(n -> n.get("kind") + " " + n.get("message"))
                .toList();
    }
}
