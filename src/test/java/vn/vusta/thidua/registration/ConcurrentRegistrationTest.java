package vn.vusta.thidua.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.vusta.thidua.ThiDuaSpringTest;
import vn.vusta.thidua.cycle.CycleStarter;
import vn.vusta.thidua.reference.ClusterLeadership;
import vn.vusta.thidua.reference.ReferenceImporter;
import vn.vusta.thidua.reference.ReferenceKind;
import vn.vusta.thidua.reference.ReferenceRepository;
import vn.vusta.thidua.support.CycleDriver;

/** Nine officers submit at the same instant before the deadline: nobody gets an error, nothing is lost. */
@ThiDuaSpringTest
class ConcurrentRegistrationTest {

    private static final List<String> NINE = List.of("ha-noi", "hai-phong", "hai-duong", "hung-yen", "thai-binh",
            "ha-nam", "nam-dinh", "ninh-binh", "bac-ninh");

    @Autowired
    ReferenceImporter importer;
    @Autowired
    ReferenceRepository reference;
    @Autowired
    CycleStarter starter;
    @Autowired
    CycleDriver driver;
    @Autowired
    RegistrationRepository registrations;
    @Autowired
    HistoryService historyService;

    @BeforeEach
    void setUp() {
        CycleDriver.setClock(2030, 1, 3);
        StringBuilder csv = new StringBuilder("cluster,name,province_code,valid_from\n");
        NINE.forEach(p -> csv.append("4,Cụm thi đua số 4,").append(p).append(",2022-01-01\n"));
        importer.importCsv(ReferenceKind.CLUSTERS, new StringReader(csv.toString()), "test");
        reference.saveLeadership(new ClusterLeadership(4, 2030, "ha-noi", "hai-phong", "test"));
    }

    @AfterEach
    void tearDown() {
        CycleDriver.resetClock();
    }

    @Test
    void nineUnitsCompletingAtTheSameInstantAllSucceedAndThePhaseMovesOnOnce() throws Exception {
        String key = starter.start(4, 2030).businessKey();
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
}
