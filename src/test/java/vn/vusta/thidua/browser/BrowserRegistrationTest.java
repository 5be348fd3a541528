package vn.vusta.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.vusta.thidua.ThiDuaSpringTest;
import vn.vusta.thidua.cycle.Phase;
import vn.vusta.thidua.cycle.UnitProgress;
import vn.vusta.thidua.cycle.UnitStatus;
import vn.vusta.thidua.registration.Registration;
import vn.vusta.thidua.registration.RegistrationRepository;
import vn.vusta.thidua.registration.RegistrationValues;
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
    RegistrationRepository registrations;
    @Autowired
    UnitProgress progress;

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
            browser.screenshot("tasklist-start");
            tasklist.filter(Tasklist.UNIT_TASKS).open("Đăng ký thi đua năm 2027 — Cụm thi đua số 3");
            browser.screenshot("registration-task");
            assertThat(tasklist.vietnameseDueDate()).isEqualTo("Thứ tư, 31/03/2027 23:59");
            tasklist.tab("Mô tả");
            assertThat(browser.text()).contains("LHH Điện Biên: đăng ký chỉ tiêu 8 lĩnh vực", "Hạn nộp: 31/03/2027");
            browser.screenshot("registration-description");
            tasklist.tab("Biểu mẫu");
            tasklist.claim();
            for (int field = 1; field <= 8; field++) {
                tasklist.type("Field_Target" + field, String.valueOf(10 * field))
                        .type("Field_TargetNote" + field, "Chỉ tiêu lĩnh vực " + field);
            }
            tasklist.type("Field_Target3", "-5").check("Field_AimFlag", true).check("Field_CovenantAccepted", true);
            tasklist.show("Field_Target3");
            browser.until(d -> !tasklist.fieldErrors().isEmpty());
            assertThat(tasklist.fieldErrors()).hasSize(1);
            assertThat(tasklist.completeButton().isEnabled()).as("Hoàn thành stays off while a field is wrong").isFalse();
            browser.screenshot("negative-target-refused");

            tasklist.type("Field_Target3", "30");
            browser.until(d -> tasklist.fieldErrors().isEmpty());
            tasklist.show("Field_CovenantAccepted");
            browser.screenshot("registration-filled");
            tasklist.complete();
            browser.until(d -> registrations.latest(key, officer).isPresent());
            browser.screenshot("registration-completed");
        }

        Registration stored = registrations.latest(key, officer).orElseThrow();
        assertThat(stored.submittedBy()).isEqualTo(officer);
        assertThat(stored.targets()).extracting(t -> t.target().intValue()).containsExactly(10, 20, 30, 40, 50, 60, 70, 80);
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
            driver.submit(unit, driver.task(key, "Task_RegisterTargets", "province-" + unit).getId(),
                    RegistrationValues.sample(10 + i, i == 0, i != 0));
        }
        driver.runJobs(key);
        String reason = "Chỉ tiêu lĩnh vực 6 (Hợp tác quốc tế) quá thấp so với năm trước, đề nghị nâng lên.";

        try (Browser browser = Browser.open(port, "2-head-returns")) {
            Tasklist tasklist = Tasklist.login(browser, head);
            tasklist.filter(Tasklist.UNIT_TASKS).open("Duyệt đăng ký thi đua của cụm năm 2027 — Cụm thi đua số 8 – Bắc Sông Hậu");
            tasklist.claim();
            assertThat(browser.text()).contains("Đăng ký của các đơn vị", "An Giang 1 12 13 14 15 16 17 18 19 Bằng khen Đã ký Đúng hạn");
            browser.screenshot("review-registrations");
            tasklist.choose("Field_Decision", "Trả lại một đơn vị để sửa")
                    .select("Field_ReturnUnit", "An Giang")
                    .type("Field_ReturnReason", reason);
            tasklist.show("Field_ReturnReason");
            browser.screenshot("return-with-reason");
            tasklist.complete();
            browser.until(d -> !driver.tasks(key, "Task_CorrectRegistration").isEmpty());
            browser.screenshot("review-completed");
            Webapp.logout(browser);

            tasklist = Tasklist.login(browser, officer);
            tasklist.filter(Tasklist.UNIT_TASKS)
                    .open("Sửa đăng ký thi đua năm 2027 (cụm trưởng trả lại) — Cụm thi đua số 8 – Bắc Sông Hậu");
            tasklist.claim();
            assertThat(tasklist.field("Field_ReturnReason").getAttribute("value")).isEqualTo(reason);
            assertThat(tasklist.field("Field_Target6").getAttribute("value")).isEqualTo("17");
            browser.screenshot("correction-with-reason");
            tasklist.type("Field_Target6", "25");
            tasklist.show("Field_Target6");
            browser.screenshot("correction-filled");
            tasklist.complete();
            browser.until(d -> registrations.history(key, officer).size() == 2);
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
