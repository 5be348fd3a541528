package vn.vusta.thidua.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;

import java.io.ByteArrayInputStream;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.vusta.thidua.ThiDuaSpringTest;
import vn.vusta.thidua.rules.Title;
import vn.vusta.thidua.support.CycleDriver;
import vn.vusta.thidua.support.VoteFixture;

/**
 * A unit that never casts its ballot: after the vote's deadline the head closes the vote for it through the API
 * ("không tham dự"), the tally runs with the ballots cast and the threshold's denominator stays every member
 * (vote-rules.dmn, {@code ALL_MEMBERS}): 3 of 6 is not above half, although 3 of the 5 ballots would be. Cluster 6
 * in 2159.
 */
@ThiDuaSpringTest
class NonVoterTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    ApplicationContext context;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    Nominations nominations;

    VoteFixture fixture;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        fixture = new VoteFixture(context);
    }

    @AfterEach
    void tearDown() {
        CycleDriver.resetClock();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aUnitThatDidNotVoteIsClosedAsNotTakingPartAndCountsAsNotApproving() throws Exception {
        String key = fixture.openVote(6, 2159, "quang-ngai", "gia-lai", NominationVoteScenarioTest.CLUSTER_6);
        fixture.vote(key, "quang-ngai", List.of("gia-lai"), List.of(), "gia-lai", "dak-lak");
        fixture.vote(key, "gia-lai", List.of("quang-ngai"), List.of(), "gia-lai", "dak-lak");
        fixture.vote(key, "dak-lak", List.of("quang-ngai"), List.of(), "gia-lai", "dak-lak");
        fixture.vote(key, "khanh-hoa", List.of("quang-ngai"), List.of(), "gia-lai", "dak-lak");
        fixture.vote(key, "da-nang", List.of(), List.of(), "gia-lai", "dak-lak");
        fixture.runVoteJobs(key);
        assertThat(fixture.voteInstance(key)).isWaitingAt("Task_CastBallot");

        CycleDriver.setClock(2159, 12, 11);
        fixture.runVoteJobs(key);
        ResponseEntity<Map> closed = rest.withBasicAuth("quang-ngai", "demo").postForEntity(
                "/api/cycles/" + key + "/units/lam-dong/close", Map.of("reason", "Không dự hội nghị bình xét"), Map.class);
        assertThat(closed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(closed.getBody()).containsEntry("phase", "VOTE").containsEntry("label", "không tham dự");
        fixture.runVoteJobs(key);

        assertThat(fixture.voteInstance(key)).isWaitingAt("Task_ConfirmMinutes");
        assertThat(nominations.all(key)).filteredOn(o -> o.unit().equals("quang-ngai") && o.title() == Title.FLAG)
                .singleElement().satisfies(o -> {
                    assertThat(o.votes()).isEqualTo(3);
                    assertThat(o.base()).as("every member, the one that did not vote too").isEqualTo(6);
                    assertThat(o.proposed()).isFalse();
                });
        Map<String, Object> lamDong = ((List<Map<String, Object>>) rest.withBasicAuth("quang-ngai", "demo")
                .getForObject("/api/cycles/" + key, Map.class).get("units")).stream()
                .filter(u -> "lam-dong".equals(u.get("province"))).findFirst().orElseThrow();
        assertThat((Map<String, Object>) ((Map<String, Object>) lamDong.get("phases")).get("VOTE"))
                .containsEntry("status", "NOT_SUBMITTED").containsEntry("timelinessLabel", "không tham dự");
        try (XWPFWordExtractor minutes = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(rest
                .withBasicAuth("quang-ngai", "demo").getForObject("/api/cycles/" + key + "/documents/draft/minutes.docx",
                        byte[].class))))) {
            assertThat(minutes.getText()).contains("Lâm Đồng — không tham dự").doesNotContain("Gia Lai (cụm phó) —");
        }
    }
}
