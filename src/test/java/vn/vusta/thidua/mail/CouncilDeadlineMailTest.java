package vn.vusta.thidua.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;

import vn.vusta.thidua.support.CycleDriver;

/**
 * The council's deadlines by mail: a member who has not voted is reminded; the chair who does not sign is reminded,
 * then told it is late while VUSTA's office gets the escalation; nothing twice. Cluster 3 in 2163.
 */
class CouncilDeadlineMailTest extends MailSpringTest {

    private static final int CLUSTER = 3;


    @Test
    void aSilentMemberIsRemindedAndTheChairWhoDoesNotSignIsRemindedThenEscalatedToTheOffice() {
        List<String> members = steps.members(CLUSTER, 2163);
        String key = toCouncil(CLUSTER, 2163, members.get(1), members.get(0));
        driver.submit("council-office", driver.task(key, "Task_CheckDossier", "council-office").getId(),
                Map.of("decision", "accept"));
        driver.runJobs(key);
        for (String member : List.of("council-1", "council-2", "council-3", "council-4")) {
            String task = driver.tasks(key, "Task_CouncilVote").stream().filter(t -> member.equals(t.getAssignee()))
                    .findFirst().orElseThrow().getId();
            driver.submit(member, task, Map.of("approved",
                    SpinValues.jsonValue("[\"" + members.get(1) + ":FLAG\"]").create()));
        }
        dispatcher.sendDue();
        received();
        String silentTask = driver.tasks(key, "Task_CouncilVote").get(0).getId();

        CycleDriver.setClock(2163, 1, 14);
        driver.runJobs(key);
        assertThat(dispatcher.sendDue()).isOne();
        MailTestServer.Received reminder = received().get(0);
        assertThat(reminder.to()).isEqualTo("council-5" + DOMAIN);
        assertThat(reminder.subject()).isEqualTo("Nhắc việc: Biểu quyết khen thưởng năm 2163 — Cụm thi đua số 3 — hạn 16/01/2163");
        assertThat(reminder.text()).contains("Hạn: 16/01/2163", taskLink(silentTask));

        CycleDriver.setClock(2163, 1, 17);
        driver.runJobs(key);
        String sign = driver.task(key, "Task_SignDecision", "council-chair").getId();
        assertThat(dispatcher.sendDue()).as("the chair's new task").isOne();
        assertThat(received()).extracting(MailTestServer.Received::to).containsExactly("council-chair" + DOMAIN);

        CycleDriver.setClock(2163, 1, 22);
        driver.runJobs(key);
        assertThat(dispatcher.sendDue()).isOne();
        assertThat(received()).extracting(m -> m.to() + " " + m.subject()).containsExactly("council-chair" + DOMAIN
                + " Nhắc việc: Ký quyết định khen thưởng năm 2163 — Cụm thi đua số 3 — hạn 24/01/2163");

        CycleDriver.setClock(2163, 1, 25);
        driver.runJobs(key);
        assertThat(dispatcher.sendDue()).isEqualTo(2);
        List<MailTestServer.Received> late = received();
        assertThat(late).extracting(m -> m.to() + " " + m.subject()).containsExactlyInAnyOrder(
                "council-chair" + DOMAIN + " Quá hạn: Ký quyết định khen thưởng năm 2163 — Cụm thi đua số 3 — hạn 24/01/2163",
                "council-office" + DOMAIN + " Báo cáo quá hạn: Ký quyết định khen thưởng năm 2163 — Cụm thi đua số 3"
                        + " — hạn 24/01/2163");
        assertThat(late).filteredOn(m -> m.to().startsWith("council-chair")).singleElement().satisfies(m ->
                assertThat(m.text()).contains("Đã quá hạn (hạn 24/01/2163)", "Việc vẫn do anh/chị xử lý", taskLink(sign)));
        assertThat(late).filteredOn(m -> m.to().startsWith("council-office")).singleElement().satisfies(m ->
                assertThat(m.text()).contains("Đề nghị Thường trực Hội đồng đôn đốc", "Người được giao: Chủ tịch Hội đồng",
                        PUBLIC_URL + "/api/cycles/" + key));

        driver.runJobs(key);
        assertThat(dispatcher.sendDue()).as("nothing twice").isZero();
        driver.submit("council-chair", sign, Map.of("decisionNumber", "9/QĐ-LHHVN", "decisionDate", "2163-01-25"));
        driver.runJobs(key);
        dispatcher.sendDue();
        received();
    }

    /** Opens the year and moves the cycle to the council with one proposed flag, as the vote would leave it. */
}
