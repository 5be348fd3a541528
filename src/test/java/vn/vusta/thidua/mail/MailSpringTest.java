package vn.vusta.thidua.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.store.FolderException;

import vn.vusta.thidua.ThiDuaApplication;
import vn.vusta.thidua.cycle.CycleStarter;
import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.rules.Title;
import vn.vusta.thidua.support.CycleSteps;
import vn.vusta.thidua.support.CycleDriver;
import vn.vusta.thidua.vote.ElectionOutcome;
import vn.vusta.thidua.vote.Nominations;
import vn.vusta.thidua.vote.NomineeOutcome;

/**
 * Base of the tests with mail on: the real application (demo users, whose addresses are on thidua.example) sending
 * to GreenMail on {@link MailTestServer#PORT}. A context of its own, so its process engine has its own name
 * ({@value #ENGINE}; Tasklist links name it). The poller is off: tests send what is due by calling the dispatcher, at
 * the engine time they set. Every test leaves nothing due behind, so that the next one receives only its own mails.
 */
@SpringBootTest(classes = ThiDuaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "camunda.bpm.process-engine-name=" + MailSpringTest.ENGINE,
            "thidua.mail.poller.enabled=false",
            "thidua.mail.from=thidua@vusta.example",
            "thidua.public-url=" + MailSpringTest.PUBLIC_URL,
        })
@ActiveProfiles({"demo", "test"})
abstract class MailSpringTest {

    static final String ENGINE = "mail";
    static final String PUBLIC_URL = "https://thidua.vusta.example";
    /** The demo users' reserved mail domain. */
    static final String DOMAIN = "@thidua.example";

    @RegisterExtension
    static final GreenMailExtension SMTP = MailTestServer.perTest();

    @Autowired
    MailDispatcher dispatcher;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CycleStarter starter;
    @Autowired
    CycleDriver driver;
    @Autowired
    ReferenceData reference;
    @Autowired
    Nominations nominations;
    @Autowired
    RuntimeService runtimeService;

    /** Opens and drives cycles as their officers do. */
    CycleSteps steps;

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> MailTestServer.HOST);
        registry.add("spring.mail.port", () -> MailTestServer.PORT);
    }

    @BeforeEach
    void cycleSteps() {
        steps = new CycleSteps(starter, driver, reference);
    }

    /** Opens the cluster's cycle and moves it to the council with one nominee proposed for the flag. */
    String toCouncil(int cluster, int year, String nominee, String nextHead) {
        String key = steps.open(cluster, year);
        nominations.replace(key, List.of(new NomineeOutcome(nominee, Title.FLAG, 3, 3, "3/3 phiếu — đạt trên 50 %", 1,
                true, "đủ điều kiện")), new ElectionOutcome(nextHead, 3, nominee, 3, "bầu tại hội nghị"));
        ProcessInstance cycle = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key)
                .processDefinitionKey(CycleStarter.PROCESS_KEY).singleResult();
        runtimeService.createProcessInstanceModification(cycle.getId()).cancelAllForActivity("CallActivity_Registration")
                .startBeforeActivity("CallActivity_CouncilApproval").execute();
        driver.runJobs(key);
        return key;
    }

    @AfterEach
    void leaveNothingToSend() {
        CycleDriver.resetClock();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE status IN ('PENDING', 'SENDING')",
                Integer.class)).as("a mail test leaves no mail to send to the next one").isZero();
    }

    /** What the server has received since the last call (GreenMail lists mails by mailbox, not by arrival). */
    List<MailTestServer.Received> received() {
        List<MailTestServer.Received> mails = MailTestServer.read(SMTP.getReceivedMessages());
        try {
            SMTP.purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
        return mails;
    }

    static String taskLink(String taskId) {
        return PUBLIC_URL + "/camunda/app/tasklist/" + ENGINE + "/#/?task=" + taskId;
    }
}
