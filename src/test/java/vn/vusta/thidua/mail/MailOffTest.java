package vn.vusta.thidua.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import vn.vusta.thidua.ThiDuaSpringTest;
import vn.vusta.thidua.cycle.CycleStarter;
import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.support.CycleSteps;
import vn.vusta.thidua.support.CycleDriver;

/**
 * Without {@code spring.mail.host} (the shared test context, like the demo profile) a cycle's events queue no mail and
 * nothing reaches an SMTP server, even one listening where the mail tests' server does (cluster 3, 2137).
 */
@ThiDuaSpringTest
class MailOffTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = MailTestServer.perTest();

    @Autowired
    CycleStarter starter;
    @Autowired
    CycleDriver driver;
    @Autowired
    ReferenceData reference;
    @Autowired
    MailDispatcher dispatcher;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestRestTemplate rest;

    @AfterEach
    void tearDown() {
        CycleDriver.resetClock();
    }

    @Test
    void noMailIsQueuedOrSentWhenMailIsOff() {
        CycleSteps steps = new CycleSteps(starter, driver, reference);
        String key = steps.open(3, 2137);
        String unit = steps.members(3, 2137).get(1);
        driver.submit(unit, driver.task(key, "Task_RegisterTargets", "province-" + unit).getId(),
                vn.vusta.thidua.support.RegistrationValues.sample(1));
        CycleDriver.setClock(2137, 4, 2);
        driver.runJobs(key);
        assertThat(driver.tasks(key, "Task_RegisterTargets")).as("the cycle's tasks were created").isNotEmpty();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE business_key = ?", Integer.class, key)).isZero();
        assertThat(dispatcher.sendDue()).isZero();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
        assertThat(rest.withBasicAuth("admin", "demo").getForObject("/api/mail/outbox", Map.class))
                .containsEntry("mailEnabled", false);
    }
}
