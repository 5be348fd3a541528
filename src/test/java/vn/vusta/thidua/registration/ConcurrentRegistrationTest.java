package vn.vusta.thidua.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.vusta.thidua.ThiDuaSpringTest;
import vn.vusta.thidua.cycle.CycleStarter;
import vn.vusta.thidua.reference.ClusterLeadership;
import vn.vusta.thidua.reference.ReferenceImporter;
import vn.vusta.thidua.reference.ReferenceKind;
import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.support.CycleDriver;
import vn.vusta.thidua.support.RegistrationValues;

/**
 * Nine officers submit at the same instant before the deadline: nobody gets an error, nothing is lost. Each
 * submission waits for the lock of its process instance (without it, all but one fail with an optimistic-locking
 * conflict on the multi-instance counters). Cluster 4 in 2022 and 2023: before the 2025 merger, when all nine
 * provincial unions existed (four of them were merged into others on 1 July 2025).
 */
@ThiDuaSpringTest
class ConcurrentRegistrationTest {

    private static final List<String> NINE = List.of("ha-noi", "hai-phong", "hai-duong", "hung-yen", "thai-binh",
            "ha-nam", "nam-dinh", "ninh-binh", "bac-ninh");

    @Autowired
    ReferenceImporter importer;
    @Autowired
    ReferenceData reference;
    @Autowired
    CycleStarter starter;
    @Autowired
    CycleDriver driver;
    @Autowired
    Registrations registrations;
    @Autowired
    HistoryService historyService;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        CycleDriver.setClock(2022, 1, 3);
        StringBuilder csv = new StringBuilder("cluster,name,province_code,valid_from\n");
        NINE.forEach(p -> csv.append("4,Cụm thi đua số 4,").append(p).append(",2022-01-01\n"));
        importer.importCsv(ReferenceKind.CLUSTERS, new StringReader(csv.toString()), "test");
        reference.saveLeadership(new ClusterLeadership(4, 2022, "ha-noi", "hai-phong", "test"));
        reference.saveLeadership(new ClusterLeadership(4, 2023, "ha-noi", "hai-phong", "test"));
    }

    @AfterEach
    void tearDown() {
        CycleDriver.resetClock();
    }

    @Test
    void nineUnitsCompletingAtTheSameInstantAllSucceedAndThePhaseMovesOnOnce() throws Exception {
        String key = starter.start(4, 2022).businessKey();
        driver.runJobs(key);
        assertThat(driver.tasks(key, "Task_RegisterTargets")).hasSize(9);

        CountDownLatch ready = new CountDownLatch(NINE.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(NINE.size());
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < NINE.size(); i++) {
            String unit = NINE.get(i);
            String taskId = driver.task(key, "Task_RegisterTargets", "province-" + unit).getId();
            int base = 100 * (i + 1);
            done.add(pool.submit(() -> {
                ready.countDown();
                try {
                    go.await();
                    driver.submit(unit, taskId, RegistrationValues.sample(base));
                } catch (Throwable e) {
                    errors.add(e);
                }
            }));
        }
        ready.await();
        go.countDown();
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(errors).isEmpty();
        assertThat(registrations.allLatest(key)).hasSize(9).allSatisfy(r -> assertThat(r.targets().get(0).target().intValue())
                .isEqualTo(100 * (NINE.indexOf(r.province()) + 1)));
        assertThat(driver.tasks(key, "Task_RegisterTargets")).isEmpty();

        driver.runJobs(key);
        assertThat(driver.tasks(key, "Task_ReviewRegistrations")).hasSize(1);
        assertThat(historyService.createHistoricActivityInstanceQuery().activityId("Task_TallyRegistrations")
                .processInstanceId(driver.tasks(key, "Task_ReviewRegistrations").get(0).getProcessInstanceId()).count())
                .isOne();
    }

    @Test
    void aSubmissionWaitsWhileItsProcessInstanceIsLockedAndThenSucceeds() throws Exception {
        String key = starter.start(4, 2023).businessKey();
        driver.runJobs(key);
        Task task = driver.task(key, "Task_RegisterTargets", "province-ha-noi");
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> holder = pool.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                jdbc.queryForList("SELECT ID_ FROM ACT_RU_EXECUTION WHERE ID_ = ? FOR UPDATE", String.class,
                        task.getProcessInstanceId());
                locked.countDown();
                awaitUninterruptibly(release);
            }));
            locked.await();
            Future<?> submission = pool.submit(() -> driver.submit("ha-noi", task.getId(), RegistrationValues.sample(700)));

            assertThatThrownBy(() -> submission.get(1, TimeUnit.SECONDS)).isInstanceOf(TimeoutException.class);
            assertThat(registrations.allLatest(key)).isEmpty();

            release.countDown();
            holder.get(10, TimeUnit.SECONDS);
            submission.get(30, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            pool.shutdown();
        }
        assertThat(registrations.allLatest(key)).singleElement()
                .satisfies(r -> assertThat(r.targets().get(0).target().intValue()).isEqualTo(700));
        assertThat(driver.tasks(key, "Task_RegisterTargets")).hasSize(NINE.size() - 1);
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
