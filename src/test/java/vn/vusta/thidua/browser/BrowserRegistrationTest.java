package vn.vusta.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.vusta.thidua.ThiDuaSpringTest;
import vn.vusta.thidua.cycle.Phase;
import vn.vusta.thidua.cycle.UnitProgress;
import vn.vusta.thidua.cycle.UnitStatus;
import vn.vusta.thidua.registration.Registration;
import vn.vusta.thidua.registration.Registrations;
import vn.vusta.thidua.support.RegistrationValues;
import vn.vusta.thidua.support.CycleDriver;

/**
 * Scenarios 1 and 2 of the user guide, in Chromium: an officer registers in Tasklist (and is stopped by a bad
 * value first); the cluster head returns one registration with a reason, and the officer sees it and resubmits.
 * Cycles of year 2027 on the real clock, so Tasklist's dates read as an officer would see them.
 */
@ThiDuaSpringTest
class BrowserRegistrationTest {

    private static final int YEAR = 2027;

    @LocalServerPort
    int port;
    @Autowired
    CycleSetup cycles;
    @Autowired
    CycleDriver driver;
    @Autowired
    Registrations registrations;
    @Autowired
    UnitProgress progress;
    @Autowired
    TaskService taskService;

    @BeforeAll
    static void browserInstalled() {
        Browser.assumeInstalled();
    }

    @Test
    void anOfficerRegistersInTasklistAndIsToldAboutANegativeTarget() {
        List<String> members = open(3, "lao-cai", "son-la");
        String officer = "dien-bien";
        assertThat(members).contains(officer);
        String key = "cluster-3-" + YEAR;

        try (Browser browser = Browser.open(port, "1-officer-registers")) {
            Tasklist tasklist = Tasklist.login(browser, officer);
            assertThat(tasklist.openFilter()).as("Tasklist opens on the filter with the unit's work").isEqualTo(Tasklist.UNIT_TASKS);
            long unitTasks = taskService.createTaskQuery().taskCandidateGroup("province-" + officer).includeAssignedTasks().count();
            assertThat(unitTasks).as("other tests may have left work for this unit too").isPositive();
            assertThat(tasklist.filters()).as("a count per filter")
                    .containsExactly("Việc của đơn vị (" + unitTasks + ")", "Việc của tôi (0)");
            assertThat(tasklist.headerActions()).as("officers neither create tasks nor start processes")
                    .doesNotContain("Tạo nhiệm vụ", "Khởi tạo quy trình");
            browser.screenshot("tasklist-start");
            tasklist.open("Nộp đăng ký thi đua năm 2027 — hạn 31/03/2027");
            browser.screenshot("registration-task");
            assertThat(tasklist.vietnameseDueDate()).isEqualTo("Thứ tư, 31/03/2027 23:59");
            assertThat(tasklist.relativeDates()).isNotEmpty()
                    .allSatisfy(d -> assertThat(d).as("relative date in Vietnamese").matches(".*(nữa|trước)$")
                            .doesNotContainPattern("\\b(in|ago|days?|minutes?|seconds?|hours?|months?|years?)\\b"));
            tasklist.tab("Mô tả");
            assertThat(browser.text()).contains("LHH Điện Biên: đăng ký chỉ tiêu 8 lĩnh vực", "Hạn nộp: 31/03/2027");
            browser.screenshot("registration-description");
            tasklist.tab("Biểu mẫu");
            tasklist.claim();
            assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector("[id$='-Field_ReturnReason']")))
                    .as("no empty box for a head's reason on a first registration").isEmpty();
            assertThat(tasklist.cutLabels()).as("labels cut at the column's width").isEmpty();
            for (int field = 1; field <= 8; field++) {
                tasklist.type("Field_Target" + field, String.valueOf(10 * field))
                        .type("Field_TargetNote" + field, "Chỉ tiêu lĩnh vực " + field);
            }
            tasklist.type("Field_Target2", "20,5");
            tasklist.type("Field_Target3", "-5").check("Field_AimFlag", true).check("Field_CovenantAccepted", true);
            tasklist.show("Field_Target3");
            browser.until(d -> !tasklist.fieldErrors().isEmpty());
            assertThat(tasklist.fieldErrors()).containsExactly(
                    "Chưa đúng định dạng — Số lượng phấn đấu trong năm, ví dụ 12 hoặc 12,5.");
            assertThat(tasklist.completeButton().isEnabled()).as("Hoàn thành stays off while a field is wrong").isFalse();
            browser.screenshot("negative-target-refused");
            tasklist.type("Field_Target3", "");
            tasklist.check("Field_AimMerit", true);
            browser.until(d -> tasklist.fieldErrors().equals(List.of("Bắt buộc nhập.")));
            browser.screenshot("required-target");

            tasklist.type("Field_Target3", "30");
            browser.until(d -> tasklist.fieldErrors().isEmpty());
            tasklist.show("Field_CovenantAccepted");
            browser.screenshot("registration-filled");
            tasklist.complete();
            browser.until(d -> registrations.latest(key, officer).isPresent());
            browser.until(d -> tasklist.notifications().contains("Tiếp theo"));
            assertThat(tasklist.notifications()).contains("Đã gửi",
                    "Đăng ký thi đua năm 2027 của LHH Điện Biên", "Tiếp theo: khi các đơn vị trong cụm đã nộp");
            browser.screenshot("registration-completed");
        }

        Registration stored = registrations.latest(key, officer).orElseThrow();
        assertThat(stored.submittedBy()).isEqualTo(officer);
        assertThat(stored.targets()).extracting(t -> t.target().stripTrailingZeros().toPlainString())
                .containsExactly("10", "20.5", "30", "40", "50", "60", "70", "80");
        assertThat(stored.targets().get(2).description()).isEqualTo("Chỉ tiêu lĩnh vực 3");
        assertThat(stored.aimFlag()).isTrue();
        assertThat(progress.of(key, Phase.REGISTRATION)).filteredOn(s -> s.province().equals(officer))
                .extracting(UnitStatus::status).containsExactly(UnitStatus.Status.SUBMITTED);
    }

    @Test
    void theHeadReturnsARegistrationWithAReasonAndTheOfficerResubmits() {
        String head = "vinh-long";
        String officer = "an-giang";
        List<String> members = open(8, head, "dong-thap");
        assertThat(members).contains(officer);
        String key = "cluster-8-" + YEAR;
        for (int i = 0; i < members.size(); i++) {
            String unit = members.get(i);
            Map<String, Object> values = RegistrationValues.sample(10 + i, i == 0, i != 0);
            values.put("target2", (10 + i + 1) + ",5"); // as Tasklist sends a decimal: text with the decimal comma
            driver.submit(unit, driver.task(key, "Task_RegisterTargets", "province-" + unit).getId(), values);
        }
        driver.runJobs(key);
        String reason = "Chỉ tiêu lĩnh vực 6 (Hợp tác quốc tế) quá thấp so với năm trước, đề nghị nâng lên.";

        try (Browser browser = Browser.open(port, "2-head-returns")) {
            Tasklist headTasklist = Tasklist.login(browser, head);
            headTasklist.openStartingWith("Duyệt đăng ký thi đua năm 2027 của cụm — hạn ");
            headTasklist.claim();
            assertThat(browser.text()).contains("Đăng ký của các đơn vị",
                    "An Giang 1 12 13,5 14 15 16 17 18 19 Bằng khen Đã ký Đúng hạn");
            headTasklist.assertEveryRowShowsItsUnit();
            browser.screenshot("review-registrations");
            headTasklist.choose("Field_Decision", "Trả lại một đơn vị để sửa")
                    .select("Field_ReturnUnit", "An Giang")
                    .type("Field_ReturnReason", reason);
            headTasklist.show("Field_ReturnReason");
            browser.screenshot("return-with-reason");
            headTasklist.complete();
            browser.until(d -> !driver.tasks(key, "Task_CorrectRegistration").isEmpty());
            browser.until(d -> headTasklist.notifications().contains("Tiếp theo"));
            browser.screenshot("review-completed");
            Webapp.logout(browser);

            Tasklist tasklist = Tasklist.login(browser, officer);
            tasklist.open("Sửa và nộp lại đăng ký thi đua năm 2027 (cụm trưởng trả lại) — hạn 31/03/2027");
            tasklist.claim();
            assertThat(tasklist.field("Field_ReturnReason").getAttribute("value")).isEqualTo(reason);
            assertThat(tasklist.field("Field_Target6").getAttribute("value")).isEqualTo("17");
            assertThat(tasklist.field("Field_Target2").getAttribute("value")).as("a decimal with the comma").isEqualTo("13,5");
            browser.screenshot("correction-with-reason");
            tasklist.type("Field_Target6", "25");
            tasklist.show("Field_Target6");
            browser.screenshot("correction-filled");
            tasklist.complete();
            browser.until(d -> registrations.history(key, officer).size() == 2);
            browser.until(d -> tasklist.notifications().contains("Đăng ký thi đua năm 2027 đã sửa của LHH An Giang"));
            browser.screenshot("correction-completed");
        }

        assertThat(registrations.latest(key, officer).orElseThrow().targets().get(5).target())
                .isEqualByComparingTo(BigDecimal.valueOf(25));
        driver.runJobs(key);
        assertThat(driver.task(key, "Task_ReviewRegistrations", "province-" + head)).isNotNull();
    }

    private List<String> open(int cluster, String head, String deputy) {
        return cycles.openRegistration(cluster, YEAR, head, deputy);
    }
}
