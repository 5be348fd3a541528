package vn.vusta.thidua.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;

import vn.vusta.thidua.ThiDuaApplication;
import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.support.CycleDriver;

/**
 * The demo as a newcomer starts it: the published 2024 cycles, and today's situation as a marked example — cluster 10
 * re-formed from 2026 of the units clusters 8 and 9 merged into, its 2026 cycle open. Own database and engine: the
 * example re-forms clusters, which the shared test database must not see.
 */
@SpringBootTest(classes = ThiDuaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:thidua-demo-example;DB_CLOSE_DELAY=-1;MODE=LEGACY",
        "camunda.bpm.process-engine-name=demoexample", "thidua.demo.start-cycles=true", "thidua.demo.example=true"})
@ActiveProfiles({"demo", "test"})
class DemoExampleTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    Cycles cycles;
    @Autowired
    ReferenceData reference;
    @Autowired
    CycleDriver driver;

    @Test
    void theDemoKeepsThePublished2024CyclesAndShowsAReFormedClusterOfMergedUnitsWithIts2026CycleOpen() {
        assertThat(cycles.ofYear(2024)).extracting(Cycle::businessKey)
                .containsExactly("cluster-3-2024", "cluster-8-2024", "cluster-9-2024");
        assertThat(cycles.find("cluster-8-2024").orElseThrow().members()).hasSize(6).contains("ben-tre", "tien-giang");

        Cycle example = cycles.find("cluster-10-2026").orElseThrow();
        assertThat(example.members()).containsExactly("vinh-long", "dong-thap", "an-giang", "can-tho", "ca-mau");
        assertThat(example.head()).isEqualTo("can-tho");
        assertThat(example.running()).isTrue();
        assertThat(reference.cluster(10).orElseThrow().name()).contains("VÍ DỤ", "chưa công bố");
        assertThat(reference.membersOn(8, LocalDate.of(2026, 1, 1))).isEmpty();
        assertThat(reference.membersOn(9, LocalDate.of(2026, 1, 1))).isEmpty();
        assertThat(reference.membersOn(8, LocalDate.of(2025, 1, 1))).hasSize(6);

        driver.runJobs("cluster-10-2026");
        assertThat(driver.tasks("cluster-10-2026", "Task_RegisterTargets")).hasSize(5);
        Map<String, Object> supervised = rest.withBasicAuth("cluster-10-supervisor", "demo")
                .getForObject("/api/cycles/cluster-10-2026", Map.class);
        assertThat(supervised).containsEntry("head", "can-tho");
        assertThat(rest.withBasicAuth("cluster-10-supervisor", "demo").getForEntity("/api/cycles/cluster-8-2024", Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("cluster-8-supervisor", "demo").getForObject("/api/cycles?year=2024", List.class))
                .singleElement().satisfies(c -> assertThat((Map<String, Object>) c).containsEntry("businessKey", "cluster-8-2024"));
    }
}
