package vn.vusta.thidua.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vusta.thidua.support.OverviewScenarios.DECIDED_CLUSTER;
import static vn.vusta.thidua.support.OverviewScenarios.DECIDED_YEAR;
import static vn.vusta.thidua.support.OverviewScenarios.DECISION_NUMBER;
import static vn.vusta.thidua.support.OverviewScenarios.LATE_CLUSTER;
import static vn.vusta.thidua.support.OverviewScenarios.MERGER_CLUSTER;
import static vn.vusta.thidua.support.OverviewScenarios.MERGER_YEAR;
import static vn.vusta.thidua.support.OverviewScenarios.ON_TIME_CLUSTER;
import static vn.vusta.thidua.support.OverviewScenarios.YEAR;
import static vn.vusta.thidua.support.OverviewScenarios.key;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.vusta.thidua.ThiDuaSpringTest;
import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.support.CycleDriver;
import vn.vusta.thidua.support.WebappSession;
import vn.vusta.thidua.support.OverviewScenarios;

/**
 * Every overview endpoint through REST as the real users: VUSTA's office, a council member, the chair and the
 * administrator see every cluster; a Presidium supervisor only its cluster; an officer only its own cluster; 403 where
 * the data is not theirs, 401 without a login. The answers carry who voted, never what.
 */
@ThiDuaSpringTest
@SuppressWarnings({"unchecked", "rawtypes"})
class OverviewApiTest {

    private static final List<String> VUSTA = List.of("admin", "council-office", "council-2", "council-chair");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    OverviewScenarios scenarios;
    @Autowired
    ReferenceData reference;

    List<String> late;
    List<String> onTime;
    List<String> decided;

    @BeforeEach
    void setUp() {
        scenarios.ensureBuilt();
        OverviewScenarios.lookOn10April();
        late = scenarios.members(LATE_CLUSTER, YEAR);
        onTime = scenarios.members(ON_TIME_CLUSTER, YEAR);
        decided = scenarios.members(DECIDED_CLUSTER, DECIDED_YEAR);
    }

    @AfterEach
    void tearDown() {
        CycleDriver.resetClock();
    }

    private ResponseEntity<Map> get(String user, String path) {
        return rest.withBasicAuth(user, "demo").getForEntity(path, Map.class);
    }

    private ResponseEntity<List> list(String user, String path) {
        return rest.withBasicAuth(user, "demo").getForEntity(path, List.class);
    }

    /** The decided cycle's best score, as the year-end rules computed it. */
    private Double leaderScore() {
        Map cycle = get("admin", "/api/overview/cycles/" + key(DECIDED_CLUSTER, DECIDED_YEAR)).getBody();
        return (Double) ((List<Map>) cycle.get("ranking")).get(0).get("score");
    }

    private static Map row(Map year, int cluster) {
        return ((List<Map>) year.get("clusters")).stream().filter(r -> r.get("cluster").equals(cluster)).findFirst()
                .orElse(null);
    }

    private static List<Integer> clusters(Map year) {
        return ((List<Map>) year.get("clusters")).stream().map(r -> (Integer) r.get("cluster")).toList();
    }

    @Test
    void vustaSeesEveryClusterOfTheYearWithPhaseDeadlineLateUnitsAndLeadership() {
        for (String user : VUSTA) {
            ResponseEntity<Map> response = get(user, "/api/overview/years/" + YEAR);
            assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
            Map year = response.getBody();
            assertThat(year).containsEntry("national", true)
                    .containsEntry("summaryPdf", "/api/overview/years/" + YEAR + "/summary.pdf")
                    .containsEntry("summaryXlsx", "/api/exports/" + YEAR + ".xlsx");
            assertThat(clusters(year)).as(user).hasSize(reference.clusters().size());

            Map lateRow = row(year, LATE_CLUSTER);
            assertThat(lateRow).containsEntry("businessKey", key(LATE_CLUSTER, YEAR)).containsEntry("phase", "REGISTRATION")
                    .containsEntry("phaseLabel", "Đăng ký thi đua").containsEntry("due", YEAR + "-03-31")
                    .containsEntry("members", late.size()).containsEntry("submitted", 2)
                    .containsEntry("late", late.size() - 1).containsEntry("closedWithoutSubmission", 0)
                    .containsEntry("somethingLate", true);
            assertThat((Map) lateRow.get("head")).containsEntry("code", late.get(0));
            assertThat((Map) lateRow.get("deputy")).containsEntry("code", late.get(1));
            assertThat(((List<Map>) lateRow.get("lateUnits")).stream().map(u -> u.get("code")))
                    .containsExactlyElementsOf(late.subList(1, late.size()));

            assertThat(row(year, ON_TIME_CLUSTER)).containsEntry("submitted", onTime.size()).containsEntry("late", 0)
                    .containsEntry("settledPercent", 100).containsEntry("somethingLate", false)
                    .as("the deprecated alias, for one release").containsEntry("completionPercent", 100);
            int withoutCycle = reference.clusters().stream().map(c -> c.number())
                    .filter(c -> c != LATE_CLUSTER && c != ON_TIME_CLUSTER).findFirst().orElseThrow();
            Map notOpened = row(year, withoutCycle);
            assertThat(notOpened).containsEntry("phaseLabel", "Chưa mở chu kỳ").containsEntry("somethingLate", false);
            assertThat(notOpened.get("businessKey")).isNull();
        }
    }

    @Test
    void onlyLateKeepsTheClustersWhereAUnitIsLate() {
        Map year = get("council-office", "/api/overview/years/" + YEAR + "?onlyLate=true").getBody();

        assertThat(clusters(year)).containsExactly(LATE_CLUSTER);
    }

    @Test
    void aSupervisorSeesOnlyItsClusterAndNoNationalSummary() {
        String supervisor = "cluster-" + LATE_CLUSTER + "-supervisor";
        Map year = get(supervisor, "/api/overview/years/" + YEAR).getBody();
        assertThat(clusters(year)).containsExactly(LATE_CLUSTER);
        assertThat(year).containsEntry("national", false);
        assertThat(year.get("summaryPdf")).isNull();
        assertThat(clusters(get("cluster-" + ON_TIME_CLUSTER + "-supervisor", "/api/overview/years/" + YEAR).getBody()))
                .containsExactly(ON_TIME_CLUSTER);

        assertThat(get(supervisor, "/api/overview/cycles/" + key(LATE_CLUSTER, YEAR)).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get(supervisor, "/api/overview/cycles/" + key(ON_TIME_CLUSTER, YEAR)).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get(supervisor, "/api/overview/years/" + YEAR + "/summary.pdf").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get(supervisor, "/api/overview/units/" + decided.get(0)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(list(supervisor, "/api/overview/awards?year=" + DECIDED_YEAR).getBody()).isEmpty();
        assertThat(list("cluster-" + DECIDED_CLUSTER + "-supervisor", "/api/overview/awards?year=" + DECIDED_YEAR).getBody())
                .hasSize(2);
        assertThat(get(supervisor, "/api/overview").getBody()).containsEntry("national", false);
    }

    @Test
    void anOfficerSeesOnlyItsOwnCluster() {
        String officer = late.get(late.size() - 1);
        Map year = get(officer, "/api/overview/years/" + YEAR).getBody();
        assertThat(clusters(year)).containsExactly(LATE_CLUSTER);
        assertThat(year).containsEntry("national", false);

        Map cycle = get(officer, "/api/overview/cycles/" + key(LATE_CLUSTER, YEAR)).getBody();
        assertThat((List<Map>) cycle.get("units")).hasSize(late.size());
        assertThat(get(officer, "/api/overview/cycles/" + key(ON_TIME_CLUSTER, YEAR)).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get(officer, "/api/overview/cycles/" + key(DECIDED_CLUSTER, DECIDED_YEAR)).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get(officer, "/api/overview/years/" + YEAR + "/summary.pdf").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get(officer, "/api/overview/units/" + officer).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get(officer, "/api/overview/units/" + decided.get(0)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(list(officer, "/api/overview/awards?year=" + DECIDED_YEAR).getBody()).isEmpty();
        assertThat(((List<Map>) list(officer, "/api/overview/units").getBody()).stream().map(u -> u.get("code")))
                .contains(late.toArray()).doesNotContain(decided.get(0));
    }

    @Test
    void aDecidedCycleShowsTimelineRankingVoteOutcomesCouncilDecisionAndDocumentsButNoBallot() {
        String key = key(DECIDED_CLUSTER, DECIDED_YEAR);
        ResponseEntity<String> raw = rest.withBasicAuth("council-office", "demo").getForEntity("/api/overview/cycles/" + key,
                String.class);
        assertThat(raw.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(raw.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'none'");
        // nothing of a ballot: no choice fields, no council member linked to a nominee
        assertThat(raw.getBody()).doesNotContain("nextHead", "nextDeputy", "\"flag\"", "\"merit\"", "approvedBy",
                "notApprovedBy", "votedBy");

        Map cycle = get("council-2", "/api/overview/cycles/" + key).getBody();
        assertThat(cycle).containsEntry("phase", "DONE").containsEntry("clusterName", "Cụm thi đua số " + DECIDED_CLUSTER);
        assertThat((List<Map>) cycle.get("timeline")).extracting(s -> s.get("state")).containsOnly("DONE");
        assertThat((List<Map>) cycle.get("timeline")).first().satisfies(s -> assertThat(s)
                .containsEntry("phase", "REGISTRATION").containsEntry("submitted", decided.size()));
        assertThat((List<Map>) cycle.get("ranking")).hasSize(decided.size()).first().satisfies(r -> {
            assertThat(r).containsEntry("rank", 1);
            assertThat((Map) r.get("unit")).containsEntry("code", decided.get(0));
            assertThat((Double) r.get("score")).isPositive();
            assertThat((Double) r.get("reachedPercent")).as("share of the unit's targets reached").isPositive()
                    .isEqualTo(r.get("completionPercent"));
        });

        Map vote = (Map) cycle.get("vote");
        List<Map> rounds = (List<Map>) vote.get("rounds");
        assertThat(rounds).hasSize(1);
        assertThat(rounds.get(0).keySet()).containsExactlyInAnyOrder("number", "members", "voted");
        assertThat((List<Map>) rounds.get(0).get("voted")).extracting(u -> u.get("code"))
                .containsExactlyInAnyOrderElementsOf(decided);
        int n = decided.size();
        assertThat((List<Map>) vote.get("outcomes")).anySatisfy(o -> {
            assertThat((Map) o.get("unit")).containsEntry("code", decided.get(0));
            assertThat(o).containsEntry("title", "Cờ thi đua").containsEntry("proposed", true)
                    .containsEntry("threshold", (n - 1) + "/" + n + " phiếu — đạt trên 50 %");
        });
        assertThat((String) ((Map) vote.get("election")).get("explanation")).isNotBlank();

        Map council = (Map) cycle.get("council");
        assertThat((List<String>) council.get("voters")).containsExactlyInAnyOrderElementsOf(OverviewScenarios.COUNCIL);
        assertThat((List<Map>) council.get("approvals")).hasSize(2).allSatisfy(a -> assertThat(a)
                .containsEntry("approvals", 5).containsEntry("base", 5).containsEntry("approved", true));
        assertThat((Map) council.get("decision")).containsEntry("number", DECISION_NUMBER)
                .containsEntry("date", OverviewScenarios.DECISION_DATE);
        assertThat((List<Map>) council.get("awards")).hasSize(2);

        Map decision = ((List<Map>) cycle.get("documents")).stream()
                .filter(d -> d.get("kind").equals("decision") && d.get("format").equals("pdf")).findFirst().orElseThrow();
        ResponseEntity<byte[]> file = rest.withBasicAuth("council-office", "demo").getForEntity((String) decision.get("href"),
                byte[].class);
        assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(new String(file.getBody(), 0, 5)).isEqualTo("%PDF-");
        assertThat(cycle).containsEntry("exportHref", "/api/cycles/" + key + "/export.xlsx");
    }

    @Test
    void aUnitsHistoryHasItsRoleScoreRankAndTitlesAndItsPredecessorsYearsBeforeTheMerger() {
        String head = decided.get(0);
        Map history = get("council-office", "/api/overview/units/" + head).getBody();
        Map year = ((List<Map>) history.get("years")).stream().filter(y -> y.get("year").equals(DECIDED_YEAR)).findFirst()
                .orElseThrow();
        assertThat(year).containsEntry("role", "Cụm trưởng").containsEntry("rank", 1).containsEntry("score", leaderScore())
                .containsEntry("members", decided.size()).containsEntry("proposed", List.of("Cờ thi đua"));
        assertThat((List<Map>) year.get("awarded")).singleElement().satisfies(t -> assertThat(t)
                .containsEntry("title", "Cờ thi đua").containsEntry("decisionNumber", DECISION_NUMBER));
        assertThat(get(head, "/api/overview/units/" + head).getStatusCode()).isEqualTo(HttpStatus.OK);

        String absorbed = scenarios.absorbedMember(MERGER_CLUSTER, MERGER_YEAR);
        String successor = scenarios.successorOf(absorbed);
        Map merged = get("admin", "/api/overview/units/" + successor).getBody();
        assertThat((List<Map>) merged.get("predecessors")).extracting(p -> p.get("code")).contains(absorbed);
        assertThat((List<Map>) merged.get("years")).anySatisfy(y -> {
            assertThat(y).containsEntry("year", MERGER_YEAR).containsEntry("rank", 1).containsEntry("score", 98.25)
                    .containsEntry("proposed", List.of("Cờ thi đua"));
            assertThat((Map) y.get("asUnit")).containsEntry("code", absorbed).containsEntry("nowPartOf",
                    reference.province(successor).orElseThrow().name());
        });

        assertThat(get("admin", "/api/overview/units/atlantis").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void awardsOfAYearMarkTheRevokedOnes() {
        List<Map> awards = list("council-chair", "/api/overview/awards?year=" + DECIDED_YEAR).getBody();
        assertThat(awards).hasSize(2);
        Map merit = awards.stream().filter(a -> a.get("title").equals("MERIT")).findFirst().orElseThrow();
        assertThat(merit).containsEntry("revoked", false).containsEntry("decisionNumber", DECISION_NUMBER);
        assertThat(rest.withBasicAuth("council-chair", "demo").postForEntity("/api/awards/" + merit.get("id") + "/revoke",
                Map.of("reason", "Báo cáo thành tích không đúng sự thật"), Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        List<Map> after = list("council-office", "/api/overview/awards").getBody();
        assertThat(after).anySatisfy(a -> assertThat(a).containsEntry("id", merit.get("id")).containsEntry("revoked", true)
                .containsEntry("revocationReason", "Báo cáo thành tích không đúng sự thật"));
        assertThat(after).anySatisfy(a -> assertThat(a).containsEntry("year", DECIDED_YEAR).containsEntry("title", "FLAG")
                .containsEntry("revoked", false));
    }

    @Test
    void theNationalSummaryIsAPdfForVustaWithEveryClusterAndTheAwards() throws IOException {
        for (String user : VUSTA) {
            ResponseEntity<byte[]> pdf = rest.withBasicAuth(user, "demo")
                    .getForEntity("/api/overview/years/" + DECIDED_YEAR + "/summary.pdf", byte[].class);
            assertThat(pdf.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
            assertThat(pdf.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
            assertThat(pdf.getHeaders().getContentDisposition().getFilename()).isEqualTo("tong-hop-thi-dua-" + DECIDED_YEAR + ".pdf");
            try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
                String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
                assertThat(text).contains("BÁO CÁO TỔNG HỢP", "Phong trào thi đua của các Cụm thi đua năm " + DECIDED_YEAR,
                        "Cụm " + DECIDED_CLUSTER, "Đã có quyết định khen thưởng", DECISION_NUMBER,
                        reference.province(decided.get(0)).orElseThrow().name(),
                        new BigDecimal(String.valueOf(leaderScore())).stripTrailingZeros().toPlainString().replace('.', ','));
            }
        }
    }

    @Test
    void theLandingTellsTheUserAndTheYearsAndTheUnitsToChoose() {
        Map landing = get("council-office", "/api/overview").getBody();
        assertThat(landing).containsEntry("user", "council-office").containsEntry("national", true);
        assertThat((List<Integer>) landing.get("years")).contains(YEAR, DECIDED_YEAR, MERGER_YEAR);
        assertThat((Integer) landing.get("currentYear")).isEqualTo(YEAR);
        assertThat(list("council-office", "/api/overview/units").getBody()).hasSize(reference.provinces().size());

        for (String user : VUSTA) {
            assertThat(get(user, "/api/overview").getBody()).as(user).containsEntry("national", true);
            assertThat(get(user, "/api/overview/cycles/" + key(LATE_CLUSTER, YEAR)).getStatusCode()).as(user)
                    .isEqualTo(HttpStatus.OK);
            assertThat(list(user, "/api/overview/units").getBody()).as(user).hasSize(reference.provinces().size());
        }
        assertThat(((List<Map>) list("cluster-" + ON_TIME_CLUSTER + "-supervisor", "/api/overview/units").getBody()).stream()
                .map(u -> u.get("code"))).contains(onTime.toArray()).doesNotContain(decided.get(0));

        Map officer = get(late.get(0), "/api/overview").getBody();
        assertThat(officer).containsEntry("national", false);
        assertThat((List<Integer>) officer.get("years")).contains(YEAR).doesNotContain(DECIDED_YEAR);
    }

    @Test
    void badInputIsRefusedWithoutAServerError() {
        assertThat(get("council-office", "/api/overview/awards?year=hai-nghìn").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(get("council-office", "/api/overview/years/" + YEAR + "?onlyLate=có").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(get("council-office", "/api/overview/years/20x1").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("council-office", "/api/overview/cycles/cluster-8-1999").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void withoutALoginEveryEndpointAnswers401AndWithTheWebappSessionItAnswers() {
        for (String path : List.of("/api/overview", "/api/overview/years/" + YEAR, "/api/overview/cycles/" + key(LATE_CLUSTER, YEAR),
                "/api/overview/units", "/api/overview/units/" + late.get(0), "/api/overview/awards",
                "/api/overview/years/" + YEAR + "/summary.pdf")) {
            assertThat(rest.getForEntity(path, String.class).getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        WebappSession browser = new WebappSession(rest);
        assertThat(browser.login("council-office", "demo", "tasklist").statusCode()).isEqualTo(200);
        assertThat(browser.get("/api/overview/years/" + YEAR).body()).contains("\"businessKey\":\"" + key(LATE_CLUSTER, YEAR) + "\"");
    }

    @Test
    void thePageAndItsChartLibraryAreServedByTheApplicationWithAStrictPolicy() {
        ResponseEntity<String> page = rest.getForEntity("/tong-quan/", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("<html lang=\"vi\">", "Tổng quan thi đua");
        assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("script-src 'self'", "frame-ancestors 'none'");
        String chartJs = page.getBody().replaceAll("(?s).*<script src=\"(/webjars/chart\\.js/[^\"]+)\".*", "$1");
        assertThat(rest.getForEntity(chartJs, String.class).getStatusCode()).as(chartJs).isEqualTo(HttpStatus.OK);
        assertThat(rest.getForEntity("/tong-quan/tong-quan.js", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
