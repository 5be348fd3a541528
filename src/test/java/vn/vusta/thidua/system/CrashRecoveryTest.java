package vn.vusta.thidua.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.vusta.thidua.support.RegistrationValues;
import vn.vusta.thidua.support.AppProcess;

/**
 * kill -9 in the middle of a phase on the H2 file database: every completed submission survives, and after the
 * restart the phase finishes (jobs locked by the dead process are taken over once their lock expires).
 */
class CrashRecoveryTest {

    private static final String KEY = "cluster-8-2024";
    private static final List<String> MEMBERS = List.of("tien-giang", "ben-tre", "tra-vinh", "vinh-long", "dong-thap", "an-giang");
    private final ObjectMapper json = new ObjectMapper();
    private AppProcess app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void aKilledApplicationLosesNoSubmissionAndFinishesThePhaseAfterRestart() throws Exception {
        Path data = Files.createTempDirectory("thidua-crash");
        Files.createDirectories(Path.of("target"));
        app = new AppProcess(data, Path.of("target", "crash-recovery-app.log"),
                "--camunda.bpm.job-execution.lock-time-in-millis=4000", "--logging.level.root=warn");
        app.start();
        app.waitFor(() -> openTasks("tien-giang").size() == 1, Duration.ofSeconds(60), "the demo cycle's registration tasks");

        for (String unit : MEMBERS.subList(0, 3)) {
            String taskId = (String) openTasks(unit).get(0).get("id");
            assertThat(app.post(unit, "/engine-rest/task/" + taskId + "/complete", completion()).statusCode()).isEqualTo(204);
        }
        app.kill();

        app.start();
        Map<?, ?> results = json.readValue(app.get("admin", "/api/cycles/" + KEY).body(), Map.class);
        assertThat(results.get("units").toString()).contains("tien-giang, name=Tiền Giang, phases={REGISTRATION={status=SUBMITTED");
        for (String unit : MEMBERS.subList(0, 3)) {
            assertThat(openTasks(unit)).as(unit + " already submitted").isEmpty();
        }
        for (String unit : MEMBERS.subList(3, 6)) {
            String taskId = (String) openTasks(unit).get(0).get("id");
            assertThat(app.post(unit, "/engine-rest/task/" + taskId + "/complete", completion()).statusCode()).isEqualTo(204);
        }
        app.waitFor(() -> openTasks("vinh-long").stream().anyMatch(t -> "Task_ReviewRegistrations".equals(t.get("taskDefinitionKey"))),
                Duration.ofSeconds(60), "the head's review after every unit registered");
        Map<?, ?> after = json.readValue(app.get("admin", "/api/cycles/" + KEY).body(), Map.class);
        List<?> registered = (List<?>) ((Map<?, ?>) ((Map<?, ?>) after.get("phases")).get("REGISTRATION")).get("units");
        assertThat(registered).hasSize(6);
    }

    private List<Map<String, Object>> openTasks(String unit) throws Exception {
        return json.readValue(app.get(unit, "/engine-rest/task?processInstanceBusinessKey=" + KEY).body(), List.class);
    }

    private String completion() throws Exception {
        Map<String, Object> variables = new java.util.LinkedHashMap<>();
        RegistrationValues.sample(7).forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return json.writeValueAsString(Map.of("variables", variables));
    }
}
