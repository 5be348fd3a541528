package vn.vusta.thidua.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;

import vn.vusta.thidua.reference.Province;
import vn.vusta.thidua.support.RegistrationValues;
import vn.vusta.thidua.rules.Title;
import vn.vusta.thidua.support.CycleDriver;

/**
 * The mails of a cycle driven through the real engine as its real users: who receives what, with which subject, text
 * and link, and that nothing is sent twice. Cluster 3 (members read from the reference data) in 2131–2133.
 */
class MailScenarioTest extends MailSpringTest {

    private static final int CLUSTER = 3;


    @Test
    void everyOfficerGetsOneMailForItsUnitsNewTaskWithTheTaskLinkAndTheHeadOneForTheReview() throws Exception {
        String key = steps.open(CLUSTER, 2131);
        List<String> members = steps.members(CLUSTER, 2131);
        String head = members.get(0);
        Map<String, String> taskOf = members.stream().collect(Collectors.toMap(u -> u + DOMAIN,
                u -> driver.task(key, "Task_RegisterTargets", "province-" + u).getId()));

        assertThat(dispatcher.sendDue()).isEqualTo(members.size());

        List<MailTestServer.Received> mails = received();
        assertThat(mails).extracting(MailTestServer.Received::to).containsExactlyInAnyOrderElementsOf(taskOf.keySet());
        for (MailTestServer.Received mail : mails) {
            String unit = mail.to().substring(0, mail.to().indexOf('@'));
            String link = taskLink(taskOf.get(mail.to()));
            assertThat(mail.subject()).startsWith("Việc mới: Nộp đăng ký thi đua năm 2131 — hạn 31/03/2131");
            assertThat(mail.text()).contains("Kính gửi Cán bộ thi đua LHH " + name(unit) + ",",
                    "LHH " + name(unit) + ": đăng ký chỉ tiêu 8 lĩnh vực", "Hạn nộp: 31/03/2131", "Mở việc trong Tasklist: " + link);
            assertThat(mail.html()).contains("<a href=\"" + link + "\">Mở việc trong Tasklist</a>", "LHH " + name(unit));
            assertThat(mail.messageId()).isEqualTo("<thidua.mail." + outboxId(taskOf.get(mail.to()), mail.to()) + "@vusta.example>");
        }
        assertThat(dispatcher.sendDue()).as("nothing twice").isZero();
        assertThat(received()).isEmpty();

        for (int i = 0; i < members.size(); i++) {
            driver.submit(members.get(i), taskOf.get(members.get(i) + DOMAIN), RegistrationValues.sample(i));
        }
        driver.runJobs(key);
        assertThat(dispatcher.sendDue()).isOne();
        MailTestServer.Received review = received().get(0);
        assertThat(review.to()).isEqualTo(head + DOMAIN);
        assertThat(review.subject()).startsWith("Việc mới: Duyệt đăng ký thi đua năm 2131 của cụm");
        assertThat(review.text()).contains(taskLink(driver.task(key, "Task_ReviewRegistrations", "province-" + head).getId()));
    }

    @Test
    void aReminderGoesToTheUnitsThatHaveNotSubmittedAndAfterTheDeadlineTheLateNoticeToUnitAndHeadAndTheEscalation() {
        String key = steps.open(CLUSTER, 2132);
        List<String> members = steps.members(CLUSTER, 2132);
        assertThat(members).as("reference data of cluster 3").hasSizeGreaterThanOrEqualTo(3);
        String head = members.get(0);
        String late = members.get(members.size() - 1);
        dispatcher.sendDue();
        received();
        for (int i = 1; i < members.size() - 1; i++) {
            driver.submit(members.get(i), driver.task(key, "Task_RegisterTargets", "province-" + members.get(i)).getId(),
                    RegistrationValues.sample(i));
        }
        String lateTask = driver.task(key, "Task_RegisterTargets", "province-" + late).getId();
        String headTask = driver.task(key, "Task_RegisterTargets", "province-" + head).getId();

        CycleDriver.setClock(2132, 3, 25);
        driver.runJobs(key);
        assertThat(dispatcher.sendDue()).isEqualTo(2);
        List<MailTestServer.Received> reminders = received();
        assertThat(reminders).extracting(MailTestServer.Received::to).containsExactlyInAnyOrder(head + DOMAIN, late + DOMAIN);
        assertThat(reminders).allSatisfy(m -> assertThat(m.subject())
                .isEqualTo("Nhắc việc: Đăng ký thi đua năm 2132 — hạn 31/03/2132"));
        assertThat(reminders).filteredOn(m -> m.to().startsWith(late)).singleElement().satisfies(m -> assertThat(m.text())
                .contains("LHH " + name(late) + " chưa nộp Đăng ký thi đua năm 2132 (Cụm thi đua số 3", taskLink(lateTask)));

        CycleDriver.setClock(2132, 4, 2);
        driver.runJobs(key);
        // per late unit: the unit, the head (unless it is the late unit), the supervisor and the office; and the new
        // task to close or extend it, to the head (to the office for the head's own unit)
        assertThat(dispatcher.sendDue()).isEqualTo(2 + 1 + 2 + 2 + 2);
        List<MailTestServer.Received> notices = received();
        assertThat(notices).extracting(m -> m.to() + " " + m.subject()).containsExactlyInAnyOrder(
                late + DOMAIN + " Quá hạn: Đăng ký thi đua năm 2132 — LHH " + name(late),
                head + DOMAIN + " Quá hạn: Đăng ký thi đua năm 2132 — LHH " + name(head),
                head + DOMAIN + " Quá hạn: LHH " + name(late) + " chưa nộp Đăng ký thi đua năm 2132",
                "cluster-3-supervisor" + DOMAIN + " Báo cáo quá hạn: Cụm thi đua số 3 — LHH " + name(late)
                        + " chưa nộp Đăng ký thi đua năm 2132",
                "cluster-3-supervisor" + DOMAIN + " Báo cáo quá hạn: Cụm thi đua số 3 — LHH " + name(head)
                        + " chưa nộp Đăng ký thi đua năm 2132",
                "council-office" + DOMAIN + " Báo cáo quá hạn: Cụm thi đua số 3 — LHH " + name(late)
                        + " chưa nộp Đăng ký thi đua năm 2132",
                "council-office" + DOMAIN + " Báo cáo quá hạn: Cụm thi đua số 3 — LHH " + name(head)
                        + " chưa nộp Đăng ký thi đua năm 2132",
                head + DOMAIN + " Việc mới: Xử lý đơn vị quá hạn: LHH " + name(late) + " (Đăng ký thi đua)",
                "council-office" + DOMAIN + " Việc mới: Xử lý đơn vị quá hạn: LHH " + name(head) + " (Đăng ký thi đua)");
        assertThat(notices).filteredOn(m -> m.subject().startsWith("Việc mới") && m.to().startsWith(head)).singleElement()
                .satisfies(m -> assertThat(m.text()).contains(taskLink(driver.task(key, "Task_HandleLateUnit",
                        "province-" + head).getId())));
        assertThat(notices).filteredOn(m -> m.to().startsWith(late)).singleElement().satisfies(m -> assertThat(m.text())
                .contains("Đã quá hạn nộp (31/03/2132) mà LHH " + name(late) + " chưa nộp", taskLink(lateTask)));
        assertThat(notices).filteredOn(m -> m.subject().startsWith("Quá hạn: Đăng ký") && m.to().startsWith(head))
                .singleElement().satisfies(m -> assertThat(m.text()).contains(taskLink(headTask)));
        assertThat(notices).filteredOn(m -> m.subject().startsWith("Quá hạn: LHH")).singleElement()
                .satisfies(m -> assertThat(m.text()).contains("Đề nghị cụm trưởng đôn đốc đơn vị.",
                        PUBLIC_URL + "/api/cycles/" + key));
        assertThat(dispatcher.sendDue()).isZero();
    }

    @Test
    void aReturnedDossierTellsTheHeadWhyWithItsCorrectionTaskAndTheSignedDecisionReachesEveryMember() {
        List<String> members = steps.members(CLUSTER, 2133);
        String head = members.get(0);
        String nominee = members.get(1);
        String key = toCouncil(CLUSTER, 2133, nominee, head);
        dispatcher.sendDue();
        received();

        String reason = "Thiếu <b>báo cáo thành tích</b> & số liệu năm 2133";
        driver.submit("council-office", driver.task(key, "Task_CheckDossier", "council-office").getId(),
                Map.of("decision", "return", "returnSubject", "OTHER", "returnReason", reason));
        String correction = driver.task(key, "Task_CorrectDossier", "province-" + head).getId();

        assertThat(dispatcher.sendDue()).as("one mail for the correction task, not a second one as a new task").isOne();
        MailTestServer.Received returned = received().get(0);
        assertThat(returned.to()).isEqualTo(head + DOMAIN);
        assertThat(returned.subject()).isEqualTo("Hồ sơ đề nghị khen thưởng năm 2133 bị trả lại — Cụm thi đua số 3");
        assertThat(returned.text()).contains("Lý do: " + reason, "Mở việc sửa hồ sơ trong Tasklist: " + taskLink(correction));
        assertThat(returned.html()).contains("Lý do: Thiếu &lt;b&gt;báo cáo thành tích&lt;/b&gt; &amp; số liệu năm 2133")
                .doesNotContain("<b>báo cáo");

        driver.submit(head, correction, Map.of("correctionAction", "CORRECTED", "correction", "Đã bổ sung báo cáo thành tích"));
        driver.runJobs(key);
        driver.submit("council-office", driver.task(key, "Task_CheckDossier", "council-office").getId(),
                Map.of("decision", "accept"));
        driver.runJobs(key);
        List<String> council = List.of("council-1", "council-2", "council-3", "council-4", "council-5");
        assertThat(dispatcher.sendDue()).isEqualTo(1 + council.size());
        assertThat(received()).extracting(MailTestServer.Received::to)
                .containsExactlyInAnyOrder("council-office" + DOMAIN, "council-1" + DOMAIN, "council-2" + DOMAIN,
                        "council-3" + DOMAIN, "council-4" + DOMAIN, "council-5" + DOMAIN);
        for (String member : council) {
            String task = driver.tasks(key, "Task_CouncilVote").stream().filter(t -> member.equals(t.getAssignee()))
                    .findFirst().orElseThrow().getId();
            driver.submit(member, task, Map.of("approved", SpinValues.jsonValue("[\"" + nominee + ":FLAG\"]").create()));
        }
        driver.runJobs(key);
        CycleDriver.setClock(2133, 12, 21);
        driver.submit("council-chair", driver.task(key, "Task_SignDecision", "council-chair").getId(),
                Map.of("decisionNumber", "31/QĐ-LHHVN", "decisionDate", "2133-12-21"));
        driver.runJobs(key);
        dispatcher.sendDue();

        List<MailTestServer.Received> mails = received();
        List<MailTestServer.Received> decision = mails.stream()
                .filter(m -> m.subject().startsWith("Quyết định khen thưởng")).toList();
        assertThat(decision).extracting(MailTestServer.Received::to).containsExactlyInAnyOrderElementsOf(
                java.util.stream.Stream.concat(members.stream(), java.util.stream.Stream.of("cluster-3-supervisor"))
                        .map(u -> u + DOMAIN).toList());
        assertThat(decision).allSatisfy(m -> {
            assertThat(m.subject()).isEqualTo("Quyết định khen thưởng số 31/QĐ-LHHVN — Cụm thi đua số 3 năm 2133");
            assertThat(m.text()).contains("đã ký Quyết định số 31/QĐ-LHHVN ngày 21/12/2133",
                    "– LHH " + name(nominee) + ": " + Title.FLAG.label(),
                    "Tải quyết định (PDF): " + PUBLIC_URL + "/api/cycles/" + key + "/documents/decision.pdf");
        });
        assertThat(mails).filteredOn(m -> m.subject().startsWith("Việc mới: Ký quyết định")).singleElement()
                .satisfies(m -> assertThat(m.to()).isEqualTo("council-chair" + DOMAIN));
        assertThat(dispatcher.sendDue()).isZero();
    }

    /** Opens the year and moves the cycle to the council with one proposed flag, as the vote would leave it. */

    private String name(String unit) {
        return reference.province(unit).map(Province::name).orElseThrow();
    }

    private long outboxId(String taskId, String address) {
        return jdbc.queryForObject("SELECT id FROM mail_outbox WHERE task_id = ? AND address = ?", Long.class, taskId, address);
    }
}
