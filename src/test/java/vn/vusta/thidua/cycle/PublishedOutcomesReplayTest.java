package vn.vusta.thidua.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

import org.springframework.test.context.ActiveProfiles;

import vn.vusta.thidua.ThiDuaApplication;
import vn.vusta.thidua.reference.ClusterLeadership;
import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.support.CycleDriver;
import vn.vusta.thidua.support.CycleReplay;
import vn.vusta.thidua.support.CycleReplay.UnitYear;

/**
 * Replays, through the whole cycle as the users would, the two published outcomes of docs/domain.md, and reads them back
 * from the results API: cluster 8 in 2024 (flag Vĩnh Long, Bằng khen Đồng Tháp, head Đồng Tháp, deputy An Giang) and
 * cluster 3 in 2023 (flags Sơn La and Hoà Bình, head Lào Cai, deputy Yên Bái). The ballots are invented; the
 * outcomes are the published ones, produced by the real rules. Own database and engine: the years replayed are the
 * published ones, which the shared database's security probe ({@code system.TaskVerbProbeTest}, cluster 3 in 2023)
 * also needs; the replay reads only {@code /api}, which this context serves itself.
 */
@SpringBootTest(classes = ThiDuaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:thidua-published-replay;DB_CLOSE_DELAY=-1;MODE=LEGACY",
        "camunda.bpm.process-engine-name=publishedreplay"})
@ActiveProfiles({"demo", "test"})
class PublishedOutcomesReplayTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    CycleReplay replay;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ReferenceData reference;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void tearDown() {
        CycleDriver.resetClock();
    }

    @Test
    void cluster8In2024ProposesVinhLongForTheFlagAndDongThapForTheCertificateAndElectsDongThapAndAnGiang() {
        List<String> dt = List.of("dong-thap");
        List<String> vl = List.of("vinh-long");
        List<UnitYear> units = List.of(
                new UnitYear("tien-giang", false, true, 20, vl, dt, "dong-thap", "an-giang"),
                new UnitYear("ben-tre", false, true, 19, vl, dt, "dong-thap", "an-giang"),
                new UnitYear("tra-vinh", false, false, 18, vl, dt, "dong-thap", "an-giang"),
                new UnitYear("vinh-long", true, true, 23, List.of(), dt, "dong-thap", "an-giang"),
                new UnitYear("dong-thap", true, true, 22, vl, List.of("an-giang"), "dong-thap", "an-giang"),
                new UnitYear("an-giang", false, true, 21, vl, dt, "dong-thap", "tien-giang"));

        Map<String, Object> results = results(replay.replay(8, 2024, "vinh-long", units, "125/QĐ-LHHVN", "2025-01-10"));

        assertThat(results).containsEntry("phase", "DONE");
        Map<String, Object> vote = phase(results, "VOTE");
        assertThat(proposed(vote)).containsExactly("vinh-long:FLAG", "dong-thap:MERIT");
        assertThat(vote.get("outcomes").toString()).contains("5/6 phiếu — đạt trên 50 %");
        assertThat((Map<String, Object>) vote.get("election")).containsEntry("head", "dong-thap").containsEntry("deputy", "an-giang");
        Map<String, Object> council = phase(results, "COUNCIL");
        assertThat(awards(council)).containsExactly("vinh-long:FLAG", "dong-thap:MERIT");
        assertThat((Map<String, Object>) council.get("nextLeadership")).containsEntry("head", "dong-thap").containsEntry("deputy", "an-giang");
        assertThat(reference.leadership(8, 2025)).get().extracting(ClusterLeadership::headCode).isEqualTo("dong-thap");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("cluster-8-2025")
                .processDefinitionKey(CycleStarter.PROCESS_KEY).count()).isOne();
    }

    @Test
    void cluster3In2023ProposesSonLaAndHoaBinhForTheFlagAndElectsLaoCaiAndYenBai() {
        List<String> both = List.of("son-la", "hoa-binh");
        List<UnitYear> units = List.of(
                new UnitYear("son-la", true, false, 23, List.of("hoa-binh"), List.of(), "lao-cai", "yen-bai"),
                new UnitYear("hoa-binh", true, false, 22, List.of("son-la"), List.of(), "lao-cai", "yen-bai"),
                new UnitYear("lao-cai", true, false, 21, both, List.of(), "lao-cai", "yen-bai"),
                new UnitYear("yen-bai", false, true, 20, both, List.of(), "lao-cai", "yen-bai"),
                new UnitYear("dien-bien", false, true, 19, both, List.of(), "lao-cai", "yen-bai"),
                new UnitYear("lai-chau", false, false, 18, both, List.of(), "lao-cai", "yen-bai"),
                new UnitYear("vinh-phuc", false, true, 17, both, List.of(), "lao-cai", "yen-bai"),
                new UnitYear("phu-tho", false, false, 16, both, List.of(), "lao-cai", "yen-bai"));

        Map<String, Object> results = results(replay.replay(3, 2023, "son-la", units, "12/QĐ-LHHVN", "2024-01-08"));

        Map<String, Object> vote = phase(results, "VOTE");
        assertThat(proposed(vote)).containsExactlyInAnyOrder("son-la:FLAG", "hoa-binh:FLAG");
        assertThat(vote.get("outcomes").toString()).contains("7/8 phiếu — đạt trên 50 %");
        assertThat((Map<String, Object>) vote.get("election")).containsEntry("head", "lao-cai").containsEntry("deputy", "yen-bai");
        assertThat(awards(phase(results, "COUNCIL"))).containsExactlyInAnyOrder("son-la:FLAG", "hoa-binh:FLAG");
        assertThat(reference.leadership(3, 2024)).get()
                .extracting(ClusterLeadership::headCode, ClusterLeadership::deputyCode).containsExactly("lao-cai", "yen-bai");
    }

    private Map<String, Object> results(String key) {
        return rest.withBasicAuth("admin", "demo").getForObject("/api/cycles/" + key, Map.class);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> phase(Map<String, Object> results, String phase) {
        return (Map<String, Object>) ((Map<String, Object>) results.get("phases")).get(phase);
    }

    @SuppressWarnings("unchecked")
    static List<String> proposed(Map<String, Object> vote) {
        return ((List<Map<String, Object>>) vote.get("outcomes")).stream().filter(o -> Boolean.TRUE.equals(o.get("proposed")))
                .map(o -> o.get("unit") + ":" + o.get("title")).toList();
    }

    @SuppressWarnings("unchecked")
    static List<String> awards(Map<String, Object> council) {
        return ((List<Map<String, Object>>) council.get("awards")).stream().map(a -> a.get("unit") + ":" + a.get("title")).toList();
    }
}
