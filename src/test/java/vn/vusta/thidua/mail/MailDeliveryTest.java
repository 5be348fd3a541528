package vn.vusta.thidua.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.vusta.thidua.system.AuditTrail;

/**
 * A mail server that is down loses nothing: the mails wait in the outbox, retried with backoff, visible to the office
 * and administrators at {@code /api/mail/outbox}, and each goes out once when the server is back (cluster 3, 2135–2136).
 */
class MailDeliveryTest extends MailSpringTest {

    private static final int CLUSTER = 3;

    @Autowired
    TestRestTemplate rest;
    @Autowired
    AuditTrail audit;

    @Test
    void whileTheServerIsDownTheMailsWaitWithTheirErrorAndEachGoesOutOnceWhenItIsBack() {
        SMTP.stop();
        String key = steps.open(CLUSTER, 2135);
        List<String> members = steps.members(CLUSTER, 2135);

        assertThat(dispatcher.sendDue()).isZero();

        List<Map<String, Object>> waiting = listed(key, "", "council-office");
        assertThat(waiting).hasSize(members.size()).allSatisfy(mail -> {
            assertThat(mail).containsEntry("status", "PENDING").containsEntry("attempts", 1);
            assertThat(mail.get("lastError").toString()).startsWith("MailSendException");
        });
        SMTP.start();
        assertThat(dispatcher.sendDue()).as("not before the retry is due").isZero();

        advanceClock(Duration.ofMinutes(1));
        assertThat(dispatcher.sendDue()).isEqualTo(members.size());

        assertThat(received()).extracting(MailTestServer.Received::to)
                .containsExactlyInAnyOrderElementsOf(members.stream().map(u -> u + "@thidua.example").toList());
        assertThat(dispatcher.sendDue()).isZero();
        assertThat(received()).isEmpty();
        Map<String, Object> one = get("/api/mail/outbox/" + waiting.get(0).get("id"), "admin").getBody();
        assertThat(one.get("history").toString()).containsSubsequence("status=PENDING, attempt=0",
                "status=SENDING, attempt=1", "status=PENDING, attempt=1, actor=node, detail=MailSendException",
                "status=SENDING, attempt=2", "status=SENT, attempt=2");
    }

    @Test
    void aMailThatFailsEveryAttemptIsShownAsFailedAndGoesOutOnceTheOfficeRetriesIt() {
        SMTP.stop();
        String key = steps.open(CLUSTER, 2136);
        String head = steps.members(CLUSTER, 2136).get(0);
        for (int attempt = 1; attempt <= 8; attempt++) {
            assertThat(dispatcher.sendDue()).isZero();
            advanceClock(Duration.ofHours(3));
        }
        assertThat(listed(key, "?status=PENDING,SENDING", "admin")).isEmpty();
        List<Map<String, Object>> failed = listed(key, "?status=FAILED", "admin");
        assertThat(failed).isNotEmpty().allSatisfy(mail -> assertThat(mail).containsEntry("attempts", 8));
        SMTP.start();
        assertThat(dispatcher.sendDue()).as("a failed mail waits for a person").isZero();

        long headMail = failed.stream().filter(m -> m.get("address").equals(head + "@thidua.example"))
                .map(m -> ((Number) m.get("id")).longValue()).findFirst().orElseThrow();
        ResponseEntity<Map> retried = rest.withBasicAuth("council-office", "demo")
                .postForEntity("/api/mail/outbox/" + headMail + "/retry", null, Map.class);
        assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(retried.getBody()).containsEntry("status", "PENDING").containsEntry("attempts", 0);
        assertThat(dispatcher.sendDue()).isOne();

        assertThat(received()).singleElement().satisfies(mail -> {
            assertThat(mail.to()).isEqualTo(head + "@thidua.example");
            assertThat(mail.messageId()).isEqualTo("<thidua.mail." + headMail + "@vusta.example>");
        });
        assertThat(listed(key, "?status=FAILED", "admin")).hasSize(failed.size() - 1);
        assertThat(audit.entriesFor("mail/" + headMail)).singleElement()
                .satisfies(e -> assertThat(e.action() + " " + e.actor()).isEqualTo("RETRY_MAIL council-office"));
        ResponseEntity<Map> again = rest.withBasicAuth("council-office", "demo")
                .postForEntity("/api/mail/outbox/" + headMail + "/retry", null, Map.class);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(again.getBody().get("message").toString()).contains("đang ở trạng thái SENT");
    }

    @Test
    void onlyAdministratorsAndTheOfficeSeeTheOutboxAndBadRequestsAreAnsweredInVietnamese() {
        assertThat(get("/api/mail/outbox", "admin").getBody()).containsEntry("mailEnabled", true);
        ResponseEntity<Map> officer = get("/api/mail/outbox", "son-la");
        assertThat(officer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(officer.getBody().get("message").toString()).contains("Chỉ quản trị viên và Thường trực Hội đồng");
        assertThat(get("/api/mail/outbox/1", "council-1").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("son-la", "demo").postForEntity("/api/mail/outbox/1/retry", null, Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(get("/api/mail/outbox?status=LOST", "admin").getBody().get("message").toString())
                .startsWith("status: một hoặc nhiều trong");
        assertThat(get("/api/mail/outbox?limit=0", "admin").getBody().get("message")).isEqualTo("limit: số từ 1 đến 1000");
        assertThat(get("/api/mail/outbox/abc", "admin").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<Map> unknown = get("/api/mail/outbox/987654321", "admin");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody().get("message")).isEqualTo("Không có thư 987654321");
    }

    /** The key's mails as the outbox lists them to the user ({@code query}: its status parameter, if any). */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> listed(String key, String query, String user) {
        ResponseEntity<Map> response = get("/api/mail/outbox" + query, user);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).containsEntry("mailEnabled", true);
        return ((List<Map<String, Object>>) response.getBody().get("mails")).stream()
                .filter(m -> key.equals(m.get("businessKey"))).toList();
    }

    private ResponseEntity<Map> get(String path, String user) {
        return rest.withBasicAuth(user, "demo").getForEntity(path, Map.class);
    }

    private static void advanceClock(Duration by) {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(by)));
    }
}
