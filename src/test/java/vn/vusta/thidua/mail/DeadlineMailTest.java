package vn.vusta.thidua.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import vn.vusta.thidua.reference.Province;
import vn.vusta.thidua.support.RegistrationValues;
import vn.vusta.thidua.support.CycleDriver;

/**
 * The mails of a late unit's story, received by a real SMTP server: the extension to the unit, its own reminder and
 * late notice at the new date, the closing of the phase for it to the unit, the head and the supervisor, and the
 * head's own review task running late — each once; the head's task for a late unit reminded and escalated. Cluster 6
 * in 2155 and 2158 (the mail context's own database).
 */
class DeadlineMailTest extends MailSpringTest {

    private static final String DOMAIN = "@thidua.example";

    @Autowired
    TestRestTemplate rest;

    @Test
    void anExtendedThenClosedUnitAndALateHeadGetTheirMailsOnce() {
        String key = steps.open(6, 2155);
        List<String> members = steps.members(6, 2155);
        String head = members.get(0);
        String late = members.get(members.size() - 1);
        registerAllButTheLast(key, members);
        dispatcher.sendDue();
        received();

        CycleDriver.setClock(2155, 3, 20);
        assertThat(rest.withBasicAuth(head, "demo").postForEntity("/api/cycles/" + key + "/units/" + late + "/extend",
                Map.of("until", "2155-04-15", "reason", "Đơn vị đổi cán bộ thi đua"), Map.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        String task = driver.task(key, "Task_RegisterTargets", "province-" + late).getId();
        assertThat(dispatcher.sendDue()).isOne();
        assertThat(received()).singleElement().satisfies(m -> {
            assertThat(m.to()).isEqualTo(late + DOMAIN);
            assertThat(m.subject()).isEqualTo("Gia hạn: Đăng ký thi đua năm 2155 — hạn mới 15/04/2155");
            assertThat(m.text()).contains("LHH " + name(late) + " được gia hạn nộp Đăng ký thi đua năm 2155",
                    "Lý do: Đơn vị đổi cán bộ thi đua", taskLink(task));
        });

        CycleDriver.setClock(2155, 4, 16);
        driver.runJobs(key);
        dispatcher.sendDue();
        assertThat(received()).extracting(m -> m.to() + " " + m.subject()).containsExactlyInAnyOrder(
                late + DOMAIN + " Nhắc việc: Đăng ký thi đua năm 2155 — hạn 15/04/2155",
                late + DOMAIN + " Quá hạn: Đăng ký thi đua năm 2155 — LHH " + name(late),
                head + DOMAIN + " Quá hạn: LHH " + name(late) + " chưa nộp Đăng ký thi đua năm 2155",
                "cluster-6-supervisor" + DOMAIN + " Báo cáo quá hạn: Cụm thi đua số 6 — LHH " + name(late)
                        + " chưa nộp Đăng ký thi đua năm 2155",
                "council-office" + DOMAIN + " Báo cáo quá hạn: Cụm thi đua số 6 — LHH " + name(late)
                        + " chưa nộp Đăng ký thi đua năm 2155",
                head + DOMAIN + " Việc mới: Xử lý đơn vị quá hạn: LHH " + name(late) + " (Đăng ký thi đua)");

        assertThat(rest.withBasicAuth(head, "demo").postForEntity("/api/cycles/" + key + "/units/" + late + "/close",
                Map.of("reason", "Hết hạn gia hạn mà không nộp"), Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        driver.runJobs(key);
        dispatcher.sendDue();
        String closed = "Đăng ký thi đua năm 2155 (Cụm thi đua số 6): LHH " + name(late) + " — không nộp đúng hạn";
        List<MailTestServer.Received> afterClosing = received();
        assertThat(afterClosing).extracting(m -> m.to() + " " + m.subject()).containsExactlyInAnyOrder(
                late + DOMAIN + " " + closed, head + DOMAIN + " " + closed, "cluster-6-supervisor" + DOMAIN + " " + closed,
                head + DOMAIN + " Việc mới: " + driver.task(key, "Task_ReviewRegistrations", "province-" + head).getName());
        assertThat(afterClosing).filteredOn(m -> m.subject().equals(closed)).allSatisfy(m -> assertThat(m.text())
                .contains("Lý do: Hết hạn gia hạn mà không nộp", "không nộp đúng hạn"));

        CycleDriver.setClock(2155, 4, 24);
        driver.runJobs(key);
        dispatcher.sendDue();
        String review = driver.task(key, "Task_ReviewRegistrations", "province-" + head).getName();
        assertThat(received()).extracting(m -> m.to() + " " + m.subject()).containsExactlyInAnyOrder(
                head + DOMAIN + " Nhắc việc: " + review + " — hạn 23/04/2155",
                head + DOMAIN + " Quá hạn: " + review + " — Cụm thi đua số 6",
                "cluster-6-supervisor" + DOMAIN + " Báo cáo quá hạn: Cụm thi đua số 6 — cụm trưởng chưa hoàn thành \"" + review + "\"",
                "council-office" + DOMAIN + " Báo cáo quá hạn: Cụm thi đua số 6 — cụm trưởng chưa hoàn thành \"" + review + "\"");
        assertThat(driver.runJobs(key)).isZero();
        assertThat(dispatcher.sendDue()).as("nothing twice").isZero();
    }

    /** Cluster 6 in 2158: the head's own task for a late unit is reminded before its due date and escalated after. */
    @Test
    void theHeadsLateUnitTaskIsRemindedThenEscalatedToTheOfficeOnce() {
        String key = steps.open(6, 2158);
        List<String> members = steps.members(6, 2158);
        String head = members.get(0);
        String late = members.get(members.size() - 1);
        registerAllButTheLast(key, members);
        CycleDriver.setClock(2158, 4, 1);
        driver.runJobs(key);
        dispatcher.sendDue();
        String handle = "Xử lý đơn vị quá hạn: LHH " + name(late) + " (Đăng ký thi đua)";
        assertThat(received()).extracting(m -> m.to() + " " + m.subject())
                .contains(head + DOMAIN + " Việc mới: " + handle);

        CycleDriver.setClock(2158, 4, 6);
        driver.runJobs(key);
        dispatcher.sendDue();
        assertThat(received()).singleElement().satisfies(m -> {
            assertThat(m.to() + " " + m.subject()).isEqualTo(head + DOMAIN + " Nhắc việc: " + handle);
            assertThat(m.text()).contains("Hạn: 08/04/2158");
        });

        CycleDriver.setClock(2158, 4, 9);
        driver.runJobs(key);
        dispatcher.sendDue();
        List<MailTestServer.Received> overdue = received();
        assertThat(overdue).extracting(m -> m.to() + " " + m.subject()).containsExactlyInAnyOrder(
                head + DOMAIN + " Quá hạn: " + handle, "council-office" + DOMAIN + " Báo cáo quá hạn: " + handle);
        assertThat(overdue).filteredOn(m -> m.to().startsWith("council-office")).singleElement()
                .satisfies(m -> assertThat(m.text()).as("the head's unit holds the task, not the council's chair")
                        .contains("Người được giao: LHH " + name(head)).doesNotContain("Chủ tịch Hội đồng"));
        assertThat(driver.runJobs(key)).isZero();
        assertThat(dispatcher.sendDue()).as("nothing twice").isZero();
    }

    private void registerAllButTheLast(String key, List<String> members) {
        for (int i = 0; i < members.size() - 1; i++) {
            driver.submit(members.get(i), driver.task(key, "Task_RegisterTargets", "province-" + members.get(i)).getId(),
                    RegistrationValues.sample(i));
        }
    }

    private String name(String unit) {
        return reference.province(unit).map(Province::name).orElseThrow();
    }
}
