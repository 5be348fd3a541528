package vn.vusta.thidua.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.vusta.thidua.ThiDuaApplication;
import vn.vusta.thidua.cycle.CycleStarter;
import vn.vusta.thidua.reference.ReferenceImporter;
import vn.vusta.thidua.reference.ReferenceKind;
import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.support.RegistrationValues;

/**
 * The deadline rush of a whole VUSTA year: the 63 officers of all nine clusters complete their registration through
 * REST at the same moment, with the job executor running. No officer gets an error, each submission is stored
 * once, and each cluster's phase moves on exactly once. Own database and engine, so the other tests' data
 * (and the clusters imported here) do not meet.
 */
@SpringBootTest(classes = ThiDuaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:thidua-rush;DB_CLOSE_DELAY=-1;MODE=LEGACY",
        "camunda.bpm.process-engine-name=rush", "camunda.bpm.job-execution.enabled=true"})
@ActiveProfiles({"demo", "test"})
class RegistrationRushTest {

    /** The 37 provinces whose clusters are not published, grouped as an administrator would import them. */
    private static final Map<Integer, List<String>> UNPUBLISHED = Map.of(
            1, List.of("ha-giang", "cao-bang", "bac-kan", "tuyen-quang", "thai-nguyen", "lang-son", "quang-ninh", "bac-giang"),
            2, List.of("ha-noi", "hai-phong", "hai-duong", "hung-yen", "thai-binh", "ha-nam", "nam-dinh", "ninh-binh", "bac-ninh"),
            4, List.of("thanh-hoa", "nghe-an", "ha-tinh", "quang-binh", "quang-tri", "thua-thien-hue", "da-nang", "quang-nam"),
            5, List.of("kon-tum", "gia-lai", "dak-lak", "dak-nong", "lam-dong"),
            7, List.of("binh-phuoc", "tay-ninh", "binh-duong", "dong-nai", "ba-ria-vung-tau", "ho-chi-minh", "long-an"));
    private static final int YEAR = 2025;

    @LocalServerPort
    int port;
    @Autowired
    ReferenceImporter importer;
    @Autowired
    ReferenceData reference;
    @Autowired
    CycleStarter starter;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    JdbcTemplate jdbc;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void sixtyThreeOfficersCompletingAtOnceThroughRestAllSucceedAndEachClusterMovesOnOnce() throws Exception {
        importUnpublishedClusters();
        List<String> units = new ArrayList<>();
        for (int cluster = 1; cluster <= 9; cluster++) {
            assertThat(starter.start(cluster, YEAR).started()).as("cluster " + cluster).isTrue();
            units.addAll(reference.membersOn(cluster, java.time.LocalDate.of(YEAR, 1, 1)));
        }
        assertThat(units).hasSize(63);
        awaitCount(() -> taskService.createTaskQuery().taskDefinitionKey("Task_RegisterTargets").count(), 63, "registration tasks");

        CountDownLatch go = new CountDownLatch(1);
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(units.size());
        List<Future<?>> done = new ArrayList<>();
        for (String unit : units) {
            String taskId = (String) get(unit, "/task?candidateGroup=province-" + unit).get(0).get("id");
            done.add(pool.submit(() -> {
                try {
                    go.await();
                    HttpResponse<String> response = complete(unit, taskId);
                    if (response.statusCode() != 204) {
                        failures.add(unit + ": " + response.statusCode() + " " + response.body());
                    }
                } catch (Exception e) {
                    failures.add(unit + ": " + e);
                }
            }));
        }
        go.countDown();
        for (Future<?> f : done) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(failures).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM registration", Integer.class)).isEqualTo(63);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT province_code) FROM registration WHERE version = 1", Integer.class)).isEqualTo(63);
        awaitCount(() -> taskService.createTaskQuery().taskDefinitionKey("Task_ReviewRegistrations").count(), 9, "the heads' reviews");
        assertThat(historyService.createHistoricActivityInstanceQuery().activityId("Task_TallyRegistrations").finished().count()).isEqualTo(9);
        assertThat(taskService.createTaskQuery().taskDefinitionKey("Task_RegisterTargets").count()).isZero();
    }

    private void importUnpublishedClusters() {
        StringBuilder clusters = new StringBuilder("cluster,name,province_code,valid_from\n");
        StringBuilder heads = new StringBuilder("cluster,year,head,deputy\n");
        UNPUBLISHED.forEach((cluster, members) -> {
            members.forEach(m -> clusters.append(cluster).append(",Cụm thi đua số ").append(cluster).append(',').append(m).append(",2022-01-01\n"));
            heads.append(cluster).append(',').append(YEAR).append(',').append(members.get(0)).append(',').append(members.get(1)).append('\n');
        });
        heads.append("3,2025,lao-cai,yen-bai\n6,2025,quang-ngai,binh-dinh\n9,2025,soc-trang,bac-lieu\n");
        importer.importCsv(ReferenceKind.CLUSTERS, new StringReader(clusters.toString()), "test");
        importer.importCsv(ReferenceKind.HEADS, new StringReader(heads.toString()), "test");
    }

    private List<Map<String, Object>> get(String user, String path) throws Exception {
        HttpResponse<String> response = http.send(request(user, path).GET().build(), HttpResponse.BodyHandlers.ofString());
        return json.readValue(response.body(), List.class);
    }

    private HttpResponse<String> complete(String user, String taskId) throws Exception {
        Map<String, Object> variables = new LinkedHashMap<>();
        RegistrationValues.sample(user.length()).forEach((name, value) -> variables.put(name, Map.of("value", value)));
        String body = json.writeValueAsString(Map.of("variables", variables));
        return http.send(request(user, "/task/" + taskId + "/complete").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String user, String path) {
        String credentials = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/engine/rush" + path))
                .header("Authorization", "Basic " + credentials).timeout(Duration.ofSeconds(60));
    }

    private static void awaitCount(java.util.function.LongSupplier count, long expected, String what) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < end && count.getAsLong() != expected) {
            Thread.sleep(200);
        }
        assertThat(count.getAsLong()).as(what).isEqualTo(expected);
    }
}
