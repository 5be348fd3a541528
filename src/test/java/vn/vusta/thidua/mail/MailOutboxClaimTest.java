package vn.vusta.thidua.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import com.zaxxer.hikari.HikariDataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import vn.vusta.thidua.support.EmbeddedPostgres;

/**
 * Two nodes sending from one outbox at the same moment, on PostgreSQL (production) and on H2: every mail goes out
 * exactly once, each claimed by one node. The real migrations, outbox, dispatcher and SMTP, without the application.
 */
class MailOutboxClaimTest {

    private static final int MAILS = 40;

    @RegisterExtension
    static final GreenMailExtension SMTP = MailTestServer.perTest();

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "h2"})
    void twoNodesPollingTogetherSendEveryMailExactlyOnce(String database) throws Exception {
        try (HikariDataSource dataSource = dataSource(database)) {
            Flyway.configure().dataSource(dataSource).table("thidua_schema_history").baselineOnMigrate(true)
                    .baselineVersion("0").load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
            MailOutbox outbox = new MailOutbox(jdbc, transaction, Clock.systemUTC());
            List<Recipient> recipients = IntStream.range(0, MAILS)
                    .mapToObj(i -> new Recipient("officer-" + i, "Cán bộ " + i, "officer-" + i + "@thidua.example", "province-x"))
                    .toList();
            transaction.executeWithoutResult(status -> outbox.queue(new MailContent(MailKind.REMINDER, "cluster-0-2139", null,
                    "Nhắc việc", List.of("Đề nghị đơn vị nộp báo cáo."), new MailContent.Link("Mở Tasklist", "https://x")),
                    recipients, "Thi đua – LHHVN"));

            ExecutorService nodes = Executors.newFixedThreadPool(2);
            CountDownLatch together = new CountDownLatch(1);
            List<Future<Integer>> sent = new ArrayList<>();
            for (String node : List.of("node1", "node2")) {
                MailDispatcher dispatcher = new MailDispatcher(outbox, settings(node), Clock.systemUTC());
                sent.add(nodes.submit(() -> {
                    together.await();
                    return dispatcher.sendDue();
                }));
            }
            together.countDown();
            int total = 0;
            for (Future<Integer> node : sent) {
                total += node.get();
            }
            nodes.shutdown();

            assertThat(total).isEqualTo(MAILS);
            List<MailTestServer.Received> mails = MailTestServer.read(SMTP.getReceivedMessages());
            assertThat(mails).extracting(MailTestServer.Received::to)
                    .containsExactlyInAnyOrderElementsOf(recipients.stream().map(Recipient::address).toList());
            assertThat(mails).extracting(MailTestServer.Received::messageId).doesNotHaveDuplicates();
            assertThat(jdbc.queryForList("SELECT DISTINCT status FROM mail_outbox", String.class)).containsExactly("SENT");
            assertThat(jdbc.queryForList("SELECT COUNT(*) FROM mail_outbox_event WHERE status IN ('SENDING', 'SENT')"
                    + " GROUP BY mail_id, status", Integer.class)).hasSize(2 * MAILS).containsOnly(1);
        }
    }

    private static HikariDataSource dataSource(String database) {
        HikariDataSource dataSource = new HikariDataSource();
        if (database.equals("postgresql")) {
            EmbeddedPostgres.Database postgres = EmbeddedPostgres.freshDatabase("mail_claim");
            dataSource.setJdbcUrl(postgres.url());
            dataSource.setUsername(postgres.user());
            dataSource.setPassword(postgres.password());
        } else {
            dataSource.setJdbcUrl("jdbc:h2:mem:mail-claim;DB_CLOSE_DELAY=-1;MODE=LEGACY");
            dataSource.setUsername("sa");
        }
        dataSource.setMaximumPoolSize(4);
        return dataSource;
    }

    private static MailSettings settings(String node) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(MailTestServer.HOST);
        sender.setPort(MailTestServer.PORT);
        sender.setDefaultEncoding("UTF-8");
        return new MailSettings(Optional.of(sender), "https://thidua.vusta.example", "default", "thidua@vusta.example", "",
                "Thi đua – LHHVN", 8, Duration.ofMinutes(1), Duration.ofHours(2), Duration.ofMinutes(10), 5, node);
    }
}
