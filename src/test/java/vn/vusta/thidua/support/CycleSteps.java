package vn.vusta.thidua.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.vusta.thidua.cycle.CycleStarter;
import vn.vusta.thidua.reference.ClusterLeadership;
import vn.vusta.thidua.reference.ReferenceData;

/**
 * Drives a real cycle up to (and through) the mid-year review, as its officers would, for the scenario tests of
 * this phase and the next. Unit {@code i} of the member list registers target {@code 10 + i} in fields 1–7 and
 * none in field 8; the first member is the head.
 */
public class CycleSteps {

    private final CycleStarter starter;
    private final CycleDriver driver;
    private final ReferenceData reference;

    public CycleSteps(CycleStarter starter, CycleDriver driver, ReferenceData reference) {
        this.starter = starter;
        this.driver = driver;
        this.reference = reference;
    }

    public List<String> members(int cluster, int year) {
        return reference.membersOn(cluster, LocalDate.of(year, 1, 1));
    }

    /** Opens the cluster's year on 2 January, with its first member as head and its second as deputy. */
    public String open(int cluster, int year) {
        List<String> members = members(cluster, year);
        reference.saveLeadership(new ClusterLeadership(cluster, year, members.get(0), members.get(1), "test"));
        CycleDriver.setClock(year, 1, 2);
        CycleStarter.Outcome outcome = starter.start(cluster, year);
        assertThat(outcome.started()).as(outcome.reason()).isTrue();
        driver.runJobs(outcome.businessKey());
        return outcome.businessKey();
    }

    /** Every unit registers, the head submits the cluster's registration, and the mid-year review opens. */
    public void register(String key, List<String> members) {
        for (int i = 0; i < members.size(); i++) {
            String unit = members.get(i);
            driver.submit(unit, driver.task(key, "Task_RegisterTargets", "province-" + unit).getId(), registration(i));
        }
        driver.runJobs(key);
        String head = members.get(0);
        driver.submit(head, driver.task(key, "Task_ReviewRegistrations", "province-" + head).getId(),
                Map.of("decision", "submit"));
        driver.runJobs(key);
    }

    /** Every unit reports its {@link #progress(int)}; the tally runs. */
    public void reportProgress(String key, List<String> members) {
        for (int i = 0; i < members.size(); i++) {
            String unit = members.get(i);
            driver.submit(unit, driver.task(key, "Task_ReportProgress", "province-" + unit).getId(), progress(i));
        }
        driver.runJobs(key);
    }

    public void recordMeeting(String key, String head, String date) {
        driver.submit(head, driver.task(key, "Task_RecordMidYearReview", "province-" + head).getId(),
                Map.of("meetingDate", date, "meetingPlace", "Hội trường LHH", "remarks", "Các đơn vị đạt tiến độ."));
        driver.runJobs(key);
    }

    /** Opens the year and drives registration and the mid-year review through: the year-end reports are open. */
    public String throughMidYear(int cluster, int year) {
        String key = open(cluster, year);
        List<String> members = members(cluster, year);
        register(key, members);
        CycleDriver.setClock(year, 6, 10);
        reportProgress(key, members);
        recordMeeting(key, members.get(0), year + "-07-05");
        return key;
    }

    public static double target(int unitIndex) {
        return 10 + unitIndex;
    }

    public static Map<String, Object> registration(int unitIndex) {
        Map<String, Object> values = new HashMap<>();
        for (int field = 1; field <= 8; field++) {
            values.put("target" + field, field == 8 ? 0L : (long) target(unitIndex));
            values.put("targetNote" + field, "chỉ tiêu " + field + " của đơn vị " + unitIndex);
        }
        values.put("aimFlag", unitIndex % 2 == 0);
        values.put("aimMerit", unitIndex % 2 == 1);
        values.put("covenantAccepted", true);
        return values;
    }

    /** Field 1 reached (100 %), fields 2–7 at 10·(i+1) %, field 8 (no target, ignored) at 100 %. */
    public static Map<String, Object> progress(int unitIndex) {
        Map<String, Object> values = new HashMap<>();
        for (int field = 1; field <= 8; field++) {
            values.put("progress" + field, field == 1 || field == 8 ? 100L : 10L * (unitIndex + 1));
            values.put("progressNote" + field, "tiến độ " + field + " của đơn vị " + unitIndex);
        }
        return values;
    }
}
