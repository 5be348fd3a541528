package vn.vusta.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.vusta.thidua.ThiDuaSpringTest;
import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.midyear.MidYearReview;
import vn.vusta.thidua.midyear.MidYearReviews;
import vn.vusta.thidua.support.CycleDriver;

/**
 * The head records the mid-year meeting in Tasklist: the units' table readable at 1366 px, decimals with the comma,
 * a Vietnamese calendar that opens in the cycle's year, a day typed as ngày/tháng/năm (an impossible day or month
 * refused, not rolled over into another date) and stored as that day. Only the administrator sees "Tạo nhiệm vụ"
 * and "Khởi tạo quy trình". Cluster 3 of year 2102, members read from
 * the reference data.
 */
@ThiDuaSpringTest
class BrowserMidYearMeetingTest {

    private static final int CLUSTER = 3;
    private static final int YEAR = 2102;

    @LocalServerPort
    int port;
    @Autowired
    CycleSetup cycles;
    @Autowired
    CycleDriver driver;
    @Autowired
    ReferenceData reference;
    @Autowired
    MidYearReviews reviews;

    @BeforeAll
    static void browserInstalled() {
        Browser.assumeInstalled();
    }

    @Test
    void theHeadRecordsTheMeetingOnADayOfTheCyclesYearTypedAsDayMonthYear() {
        List<String> members = reference.membersOn(CLUSTER, LocalDate.of(YEAR, 1, 1));
        String head = members.get(0);
        String key = CycleSetup.key(CLUSTER, YEAR);
        cycles.openRegistration(CLUSTER, YEAR, head, members.get(1));
        cycles.registerAll(key, members, head);
        for (String unit : members) {
            Map<String, Object> progress = new HashMap<>();
            for (int field = 1; field <= 8; field++) {
                progress.put("progress" + field, "62,5"); // as Tasklist sends it
            }
            driver.submit(unit, driver.task(key, "Task_ReportProgress", "province-" + unit).getId(), progress);
        }
        driver.runJobs(key);

        try (Browser browser = Browser.open(port, "6-head-records-meeting")) {
            Tasklist tasklist = Tasklist.login(browser, head);
            tasklist.openStartingWith("Ghi biên bản hội nghị sơ kết 6 tháng năm " + YEAR + " của cụm");
            tasklist.claim();
            assertThat(tasklist.field("Field_ClusterCompletion").getAttribute("value")).isEqualTo("62,5");
            assertThat(browser.text()).contains("62,5 %");
            tasklist.assertEveryRowShowsItsUnit();
            browser.screenshot("mid-year-meeting");

            assertThat(tasklist.openCalendar("Field_MeetingDate")).as("the calendar opens in the cycle's year, in Vietnamese")
                    .matches("Tháng \\d{1,2} " + YEAR);
            assertThat(tasklist.field("Field_MeetingDate-date").getAttribute("placeholder")).isEqualTo("ngày/tháng/năm");
            browser.screenshot("calendar-in-the-cycles-year");

            tasklist.date("Field_MeetingDate", "07/15/" + YEAR);
            browser.until(d -> tasklist.fieldErrors().stream().anyMatch(e -> e.contains("không có tháng 15")));
            assertThat(tasklist.field("Field_MeetingDate-date").getAttribute("value")).as("no other day in its place").isEmpty();
            browser.screenshot("impossible-month-refused");
            tasklist.date("Field_MeetingDate", "31/06/" + YEAR);
            browser.until(d -> tasklist.fieldErrors().stream().anyMatch(e -> e.contains("tháng 6/" + YEAR + " không có ngày 31")));
            assertThat(tasklist.field("Field_MeetingDate-date").getAttribute("value")).isEmpty();

            tasklist.date("Field_MeetingDate", "05/07/" + YEAR)
                    .type("Field_MeetingPlace", "Hội trường LHH " + head)
                    .type("Field_Remarks", "Các đơn vị đạt tiến độ.");
            browser.until(d -> tasklist.fieldErrors().isEmpty());
            assertThat(tasklist.field("Field_MeetingDate-date").getAttribute("value")).isEqualTo("05/07/" + YEAR);
            tasklist.show("Field_Remarks");
            browser.screenshot("meeting-filled");
            tasklist.complete();
            browser.until(d -> reviews.latest(key).isPresent());
            browser.until(d -> tasklist.notifications().contains("Tiếp theo"));
            browser.screenshot("meeting-recorded");
            assertThat(tasklist.headerActions()).doesNotContain("Tạo nhiệm vụ", "Khởi tạo quy trình");
            Webapp.logout(browser);

            Tasklist admin = Tasklist.login(browser, "admin");
            assertThat(admin.headerActions()).as("the administrator keeps Tasklist's own actions")
                    .contains("Tạo nhiệm vụ", "Khởi tạo quy trình");
        }

        MidYearReview stored = reviews.latest(key).orElseThrow();
        assertThat(stored.meetingDate()).as("5 July, as typed day/month/year").isEqualTo(LocalDate.of(YEAR, 7, 5));
        assertThat(stored.recordedBy()).isEqualTo(head);
    }
}
