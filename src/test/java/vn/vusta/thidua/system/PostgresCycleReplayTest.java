package vn.vusta.thidua.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import vn.vusta.thidua.support.CycleDriver;
import vn.vusta.thidua.support.CycleReplay;
import vn.vusta.thidua.support.CycleReplay.UnitYear;
import vn.vusta.thidua.support.PostgresSpringTest;

/** The whole cycle of cluster 8 in 2024, as in PublishedOutcomesReplayTest, on PostgreSQL. */
class PostgresCycleReplayTest extends PostgresSpringTest {

    @Autowired
    CycleReplay replay;
    @Autowired
    TestRestTemplate rest;

    @AfterEach
    void tearDown() {
        CycleDriver.resetClock();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theWholeCycleOfCluster8In2024RunsOnPostgresql() {
        List<String> dt = List.of("dong-thap");
        List<String> vl = List.of("vinh-long");
        String key = replay.replay(8, 2024, "vinh-long", List.of(
                new UnitYear("tien-giang", false, true, 20, vl, dt, "dong-thap", "an-giang"),
                new UnitYear("ben-tre", false, true, 19, vl, dt, "dong-thap", "an-giang"),
                new UnitYear("tra-vinh", false, false, 18, vl, dt, "dong-thap", "an-giang"),
                new UnitYear("vinh-long", true, true, 23, List.of(), dt, "dong-thap", "an-giang"),
                new UnitYear("dong-thap", true, true, 22, vl, List.of("an-giang"), "dong-thap", "an-giang"),
                new UnitYear("an-giang", false, true, 21, vl, dt, "dong-thap", "tien-giang")), "125/QĐ-LHHVN", "2025-01-10");

        Map<String, Object> results = rest.withBasicAuth("admin", "demo").getForObject("/api/cycles/" + key, Map.class);
        assertThat(results).containsEntry("phase", "DONE");
        Map<String, Object> council = (Map<String, Object>) ((Map<String, Object>) results.get("phases")).get("COUNCIL");
        assertThat(((List<Map<String, Object>>) council.get("awards"))).extracting(a -> a.get("unit") + ":" + a.get("title"))
                .containsExactly("vinh-long:FLAG", "dong-thap:MERIT");
        assertThat((Map<String, Object>) council.get("nextLeadership")).containsEntry("head", "dong-thap").containsEntry("deputy", "an-giang");
    }
}
