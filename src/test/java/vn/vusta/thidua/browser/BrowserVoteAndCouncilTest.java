package vn.vusta.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.vusta.thidua.ThiDuaSpringTest;
import vn.vusta.thidua.rules.Title;
import vn.vusta.thidua.cycle.UnitScore;
import vn.vusta.thidua.yearend.UnitScores;
import vn.vusta.thidua.support.CycleDriver;
import vn.vusta.thidua.vote.ElectionOutcome;
import vn.vusta.thidua.vote.Nominations;
import vn.vusta.thidua.vote.NomineeOutcome;
import vn.vusta.thidua.engine.EngineClock;

/**
 * Scenario 3 of the user guide, in Chromium: an officer casts the secret ballot of the nomination vote
 * ({@code cast-ballot}); the council chair signs the award decision ({@code sign-decision}), first with a date in
 * the future, which the server refuses with a Vietnamese message, then with today's date.
 */
@ThiDuaSpringTest
class BrowserVoteAndCouncilTest {

    @LocalServerPort
    int port;
    @Autowired
    CycleSetup cycles;
    @Autowired
    CycleDriver driver;
    @Autowired
    UnitScores scores;
    @Autowired
    Nominations nominations;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void browserInstalled() {
        Browser.assumeInstalled();
    }

    @Test
    void anOfficerCastsTheSecretBallotInTasklist() {
        // cluster 6 as re-formed after the 2025 merger (six members): cluster 8 has three since, too few for a flag
        int year = 2028;
        String key = CycleSetup.key(6, year);
        List<String> members = cycles.openRegistration(6, year, "quang-ngai", "khanh-hoa");
        cycles.registerAll(key, members, "quang-ngai");
        scores.replace(key, List.of(
                new UnitScore(members.get(0), new BigDecimal("96.5"), new BigDecimal("112"), 1),
                new UnitScore(members.get(1), new BigDecimal("91"), new BigDecimal("105"), 2),
                new UnitScore(members.get(2), new BigDecimal("88"), new BigDecimal("101"), 3)));
        cycles.moveTo(key, "CallActivity_MidYearReview", "CallActivity_NominationVote");
        String officer = "gia-lai";
        assertThat(members.subList(0, 3)).containsExactly("da-nang", "quang-ngai", "khanh-hoa");
        assertThat(driver.task(key, "Task_CastBallot", "province-" + officer)).isNotNull();

        try (Browser browser = Browser.open(port, "3-officer-votes")) {
            Tasklist tasklist = Tasklist.login(browser, officer);
            tasklist.openStartingWith("Bỏ phiếu bình xét thi đua năm 2028 — hạn ");
            tasklist.claim();
            assertThat(browser.text()).contains("Phiếu bầu kín bình xét thi đua", "Đà Nẵng");
            tasklist.assertEveryRowShowsItsUnit();
            browser.screenshot("ballot");
            tasklist.tick("Field_Flag", "Đà Nẵng").tick("Field_Merit", "Quảng Ngãi");
            assertThat(tasklist.clickEveryOption("Field_NextHead")).as("every option of the head's list can be clicked")
                    .anyMatch(o -> o.startsWith("Khánh Hoà"));
            assertThat(tasklist.clickEveryOption("Field_NextDeputy")).as("every option of the deputy's list, the last one "
                    + "near the page footer, can be clicked").anyMatch(o -> o.startsWith("Đà Nẵng"));
            tasklist.select("Field_NextHead", "Khánh Hoà").select("Field_NextDeputy", "Đà Nẵng");
            tasklist.show("Field_NextDeputy");
            browser.screenshot("ballot-filled");
            tasklist.complete();
            browser.until(d -> driver.task(key, "Task_CastBallot", "province-" + officer) == null);
            browser.until(d -> tasklist.notifications().contains("Phiếu bầu kín năm 2028 của LHH Gia Lai"));
            browser.screenshot("ballot-cast");
        }
    }

    @Test
    void theCouncilChairSignsTheDecisionAndAFutureDateIsRefused() {
        int year = 2026;
        String key = CycleSetup.key(6, year);
        cycles.open(6, year, "quang-ngai", "gia-lai");
        cycles.runOpening(key);
        nominations.replace(key,
                List.of(new NomineeOutcome("gia-lai", Title.FLAG, 5, 6, "5/6 phiếu — đạt trên 50 %", 1, true,
                        "đủ điều kiện, đạt ngưỡng và trong chỉ tiêu"),
                        new NomineeOutcome("khanh-hoa", Title.MERIT, 4, 6, "4/6 phiếu — đạt trên 50 %", 2, true,
                                "đủ điều kiện, đạt ngưỡng và trong chỉ tiêu")),
                new ElectionOutcome("dak-lak", 4, "khanh-hoa", 4,
                        "Cụm trưởng năm sau: dak-lak (4/6 phiếu). Cụm phó năm sau: khanh-hoa (4/6 phiếu) — hoà phiếu với gia-lai, điểm tổng kết cao hơn."));
        cycles.moveTo(key, "CallActivity_Registration", "CallActivity_CouncilApproval");
        driver.submit("council-office", driver.task(key, "Task_CheckDossier", "council-office").getId(),
                Map.of("decision", "accept"));
        driver.runJobs(key);
        for (Task vote : driver.tasks(key, "Task_CouncilVote")) {
            driver.submit(vote.getAssignee(), vote.getId(),
                    Map.of("approved", CycleSetup.checklist(List.of("gia-lai:FLAG", "khanh-hoa:MERIT"))));
        }
        driver.runJobs(key);
        LocalDate today = LocalDate.now(EngineClock.VIETNAM);
        DateTimeFormatter typed = DateTimeFormatter.ofPattern("dd/MM/yyyy"); // ngày/tháng/năm (the Tasklist script)

        try (Browser browser = Browser.open(port, "4-chair-signs")) {
            Tasklist tasklist = Tasklist.login(browser, "council-chair");
            tasklist.openStartingWith("Ký quyết định khen thưởng năm 2026 — Cụm thi đua số 6");
            tasklist.claim();
            assertThat(browser.text()).contains("Được Hội đồng thông qua", "Gia Lai Cờ thi đua 5/5", "Khánh Hoà Bằng khen 5/5");
            assertThat(tasklist.field("Field_ElectionNote").getAttribute("value")).as("units by name, not by code")
                    .contains("Đắk Lắk (4/6 phiếu)", "Khánh Hoà (4/6 phiếu)", "hoà phiếu với Gia Lai").doesNotContain("dak-lak");
            tasklist.assertEveryRowShowsItsUnit();
            browser.screenshot("sign-decision");
            assertThat(tasklist.openCalendar("Field_DecisionDate")).as("a Vietnamese calendar in the cycle's year")
                    .matches("Tháng \\d{1,2} " + year);
            browser.screenshot("decision-calendar");
            tasklist.type("Field_DecisionNumber", "125/QĐ-LHHVN").date("Field_DecisionDate", today.plusDays(3).format(typed));
            tasklist.show("Field_DecisionDate-date");
            browser.expectConsoleError("/task/" + tasklist.taskId() + "/submit-form - Failed to load resource: the server responded with a status of 400");
            tasklist.complete();
            browser.until(d -> tasklist.notifications().contains("không được sau hôm nay"));
            assertThat(tasklist.notifications()).as("only the Vietnamese message of the refused field")
                    .contains("Ngày quyết định: không được sau hôm nay").doesNotContain("Cannot submit", "decisionDate");
            tasklist.assertNotificationsLeaveTheButtonsFree();
            browser.screenshot("future-date-refused");

            tasklist.date("Field_DecisionDate", today.format(typed));
            tasklist.show("Field_DecisionDate-date");
            browser.screenshot("sign-decision-filled");
            tasklist.complete();
            browser.until(d -> driver.tasks(key, "Task_SignDecision").isEmpty());
            browser.screenshot("decision-signed");
        }
        driver.runJobs(key);
        assertThat(jdbc.queryForList("SELECT decision_number FROM award_decision WHERE business_key = ?", String.class, key))
                .containsExactly("125/QĐ-LHHVN");
    }
}
