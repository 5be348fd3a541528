package vn.vusta.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vusta.thidua.support.OverviewScenarios.DECIDED_CLUSTER;
import static vn.vusta.thidua.support.OverviewScenarios.DECIDED_YEAR;
import static vn.vusta.thidua.support.OverviewScenarios.LATE_CLUSTER;
import static vn.vusta.thidua.support.OverviewScenarios.ON_TIME_CLUSTER;
import static vn.vusta.thidua.support.OverviewScenarios.YEAR;
import static vn.vusta.thidua.support.OverviewScenarios.key;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.vusta.thidua.ThiDuaSpringTest;
import vn.vusta.thidua.support.OverviewScenarios;
import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.support.CycleDriver;

/**
 * The overview ("Tổng quan thi đua") in Chromium, as its users: VUSTA's office is sent to the Tasklist login and
 * comes back, filters the clusters with late units, opens a decided cycle and downloads its decision, reads a unit's
 * history and the awards across years; a supervisor sees only its cluster and is refused another; an officer sees
 * only its own cluster. The links from Tasklist's header and the Welcome page lead there.
 */
@ThiDuaSpringTest
class BrowserOverviewTest {

    @LocalServerPort
    int port;
    @Autowired
    OverviewScenarios scenarios;
    @Autowired
    ReferenceData reference;

    @BeforeAll
    static void browserInstalled() {
        Browser.assumeInstalled();
    }

    @BeforeEach
    void setUp() {
        scenarios.ensureBuilt();
        OverviewScenarios.lookOn10April();
    }

    @AfterEach
    void tearDown() {
        CycleDriver.resetClock();
    }

    /** Opens the overview without a session: the Tasklist login, then back to the overview once signed in. */
    private static void signInThroughTheOverview(Browser browser, String user) {
        browser.go("/tong-quan/");
        browser.waitFor(By.cssSelector("input[ng-model=username]"));
        assertThat(browser.driver().getCurrentUrl()).contains("/camunda/app/tasklist/");
        Webapp.typeCredentials(browser, user, "demo");
        browser.driver().findElement(By.cssSelector("button[type=submit]")).click();
        browser.until(d -> d.getCurrentUrl().contains("/tong-quan/"));
        browser.waitFor(By.cssSelector("table.clusters, #no-clusters"));
        browser.settle();
    }

    /** The clusters of the table's rows, read in one script (the table is replaced whole when the filter changes). */
    @SuppressWarnings("unchecked")
    private static List<String> clusterRows(Browser browser) {
        return (List<String>) browser.script("return Array.from(document.querySelectorAll('table.clusters tbody tr'))"
                + ".map(function (r) { return r.getAttribute('data-cluster'); });");
    }

    private static void chartDrawn(Browser browser, String id) {
        browser.until(d -> Boolean.TRUE.equals(browser.script(
                "var c = document.getElementById(arguments[0]); return !!(c && window.Chart && window.Chart.getChart(c));", id)));
    }

    @Test
    void theOfficeFiltersLateUnitsOpensACycleAndDownloadsItsDecision() throws IOException {
        List<String> late = scenarios.members(LATE_CLUSTER, YEAR);
        try (Browser browser = Browser.open(port, "6-overview-office")) {
            signInThroughTheOverview(browser, "council-office");
            assertThat(browser.text()).contains("Các cụm thi đua năm " + YEAR, "Báo cáo tổng hợp (PDF)", "Số liệu toàn quốc (XLSX)");
            assertThat(clusterRows(browser)).contains(String.valueOf(LATE_CLUSTER), String.valueOf(ON_TIME_CLUSTER));
            WebElement lateRow = browser.driver().findElement(By.cssSelector("tr[data-cluster='" + LATE_CLUSTER + "']"));
            assertThat(lateRow.getText()).contains("Đăng ký thi đua", "31/03/" + YEAR, "2/" + late.size());
            chartDrawn(browser, "chart-completion");
            browser.screenshot("overview-year");

            browser.driver().findElement(By.id("only-late")).click();
            browser.until(d -> clusterRows(browser).equals(List.of(String.valueOf(LATE_CLUSTER))));
            assertThat(browser.driver().findElement(By.cssSelector("tr[data-cluster='" + LATE_CLUSTER + "'] .late-units"))
                    .getText()).contains(reference.province(late.get(late.size() - 1)).orElseThrow().name());
            browser.screenshot("overview-only-late");

            new Select(browser.driver().findElement(By.id("year"))).selectByValue(String.valueOf(DECIDED_YEAR));
            browser.waitFor(By.xpath(Browser.xpathContaining("h2", "năm " + DECIDED_YEAR)));
            browser.driver().findElement(By.id("only-late")).click();
            browser.waitFor(By.cssSelector("tr[data-cluster='" + DECIDED_CLUSTER + "'] a")).click();
            browser.waitFor(By.id("decision"));
            assertThat(browser.text()).contains("Đã có quyết định khen thưởng", "Điểm và xếp hạng", "đơn vị đã bỏ phiếu",
                    "5 thành viên Hội đồng đã biểu quyết", "Quyết định khen thưởng số " + OverviewScenarios.DECISION_NUMBER);
            browser.screenshot("overview-cycle");
            assertThat(browser.driver().findElement(By.id("election")).getText()).startsWith("Bầu cụm trưởng, cụm phó năm sau: cụm trưởng "
                    + reference.province(scenarios.members(DECIDED_CLUSTER, DECIDED_YEAR).get(1)).orElseThrow().name());
            browser.script("document.querySelector('table.outcomes').scrollIntoView()");
            browser.screenshot("overview-cycle-vote-council");

            Path downloads = Files.createTempDirectory("thidua-downloads-");
            ((ChromeDriver) browser.driver()).executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
            browser.driver().findElement(By.cssSelector("a[data-kind='decision'][data-format='pdf']")).click();
            Path decision = downloads.resolve("decision-" + key(DECIDED_CLUSTER, DECIDED_YEAR) + "-v1.pdf");
            browser.until(d -> Files.exists(decision) && decision.toFile().length() > 0);
            assertThat(new String(Files.readAllBytes(decision), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                    .isEqualTo("%PDF-");

            String head = scenarios.members(DECIDED_CLUSTER, DECIDED_YEAR).get(0);
            browser.driver().findElement(By.cssSelector("tr[data-unit='" + head + "'] a")).click();
            browser.waitFor(By.cssSelector("table.history"));
            assertThat(browser.text()).contains("Lịch sử thi đua của", "Cụm trưởng", OverviewScenarios.DECISION_NUMBER);
            browser.screenshot("overview-unit-history");

            browser.driver().findElement(By.id("nav-years")).click();
            browser.waitFor(By.cssSelector("table.awards"));
            chartDrawn(browser, "chart-awards");
            assertThat(browser.text()).contains("Khen thưởng theo năm", String.valueOf(DECIDED_YEAR));
            browser.screenshot("overview-years");
        }
    }

    @Test
    void aSupervisorSeesOnlyItsClusterAndIsRefusedAnother() {
        try (Browser browser = Browser.open(port, "7-overview-supervisor")) {
            signInThroughTheOverview(browser, "cluster-" + LATE_CLUSTER + "-supervisor");
            assertThat(clusterRows(browser)).containsExactly(String.valueOf(LATE_CLUSTER));
            assertThat(browser.text()).doesNotContain("Báo cáo tổng hợp (PDF)");
            browser.screenshot("overview-supervisor");

            String other = key(ON_TIME_CLUSTER, YEAR);
            browser.expectConsoleError("/api/overview/cycles/" + other
                    + " - Failed to load resource: the server responded with a status of 403");
            browser.go("/tong-quan/#/chu-ky/" + other);
            browser.waitFor(By.cssSelector(".error"));
            assertThat(browser.text()).contains("Bạn không có quyền xem mục này", "Bạn không có quyền xem chu kỳ " + other);
            browser.screenshot("overview-supervisor-refused");
        }
    }

    @Test
    void anOfficerSeesOnlyItsClusterAndFindsTheOverviewInTasklistsHeaderAndOnTheWelcomePage() {
        List<String> late = scenarios.members(LATE_CLUSTER, YEAR);
        String officer = late.get(late.size() - 1);
        try (Browser browser = Browser.open(port, "8-overview-officer")) {
            signInThroughTheOverview(browser, officer);
            assertThat(clusterRows(browser)).containsExactly(String.valueOf(LATE_CLUSTER));
            assertThat(browser.text()).doesNotContain("Báo cáo tổng hợp (PDF)");
            browser.screenshot("overview-officer");

            browser.go("/camunda/app/tasklist/default/");
            WebElement link = browser.waitFor(By.cssSelector("[cam-widget-header] a.thidua-overview-link"));
            assertThat(link.getText()).isEqualTo("Tổng quan thi đua");
            browser.screenshot("tasklist-header-link");
            link.click();
            browser.until(d -> d.getCurrentUrl().contains("/tong-quan/"));
            browser.waitFor(By.cssSelector("table.clusters"));

            // the demo profile turns Camunda's password policy off, and the Welcome page's profile form then gets 404
            // for it (with the policy on, as in production, it gets the policy)
            browser.expectConsoleError("/camunda/api/engine/engine/default/identity/password-policy - Failed to load resource: "
                    + "the server responded with a status of 404");
            browser.go("/camunda/app/welcome/default/");
            browser.waitFor(By.xpath("//a[@href='/tong-quan/'][contains(normalize-space(.), 'Tổng quan thi đua')]")).click();
            browser.until(d -> d.getCurrentUrl().contains("/tong-quan/"));
            browser.waitFor(By.cssSelector("table.clusters"));
            browser.screenshot("overview-from-welcome");
        }
    }
}
