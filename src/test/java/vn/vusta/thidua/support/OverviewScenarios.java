package vn.vusta.thidua.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.cycle.Cycles;
import vn.vusta.thidua.cycle.CycleStarter;
import vn.vusta.thidua.reference.ClusterLeadership;
import vn.vusta.thidua.reference.ProvinceSuccession;
import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.rules.Title;
import vn.vusta.thidua.cycle.UnitScore;
import vn.vusta.thidua.yearend.UnitScores;
import vn.vusta.thidua.vote.ElectionOutcome;
import vn.vusta.thidua.vote.Nominations;
import vn.vusta.thidua.vote.NomineeOutcome;

/**
 * The overview's world, built once per test JVM through the real processes as the users would (members read from the
 * reference data, never named here):
 * <ul>
 * <li>{@value #YEAR}, seen on 10 April: cluster {@value #LATE_CLUSTER} in registration with one unit on time, one late
 * and the others past the deadline (escalated); cluster {@value #ON_TIME_CLUSTER} with every registration on time.</li>
 * <li>{@value #DECIDED_YEAR}: cluster {@value #DECIDED_CLUSTER}'s whole year ({@link CycleReplay}): registration,
 * mid-year and year-end reports (scored by the rules), the secret ballot (every member votes), the head's minutes,
 * the council's check and votes and the chair's decision (documents generated), which opens its next year.</li>
 * <li>{@value #MERGER_YEAR}: cluster {@value #MERGER_CLUSTER} opened with its members before the 2025 merger, with
 * year-end scores and the vote's proposal, so that a successor's history shows its predecessors' year.</li>
 * </ul>
 */
@Component
public class OverviewScenarios {

    public static final int YEAR = 2121;
    public static final int LATE_CLUSTER = 8;
    public static final int ON_TIME_CLUSTER = 9;
    public static final int DECIDED_YEAR = 2123;
    public static final int DECIDED_CLUSTER = 3;
    public static final int MERGER_YEAR = 2022;
    public static final int MERGER_CLUSTER = 9;
    public static final String DECISION_NUMBER = "88/QĐ-LHHVN";
    public static final String DECISION_DATE = (DECIDED_YEAR + 1) + "-01-10";
    public static final List<String> COUNCIL = List.of("council-1", "council-2", "council-3", "council-4", "council-5");

    private final CycleStarter starter;
    private final CycleDriver driver;
    private final Cycles cycles;
    private final ReferenceData reference;
    private final UnitScores scores;
    private final Nominations nominations;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final CycleReplay replay;

    OverviewScenarios(CycleStarter starter, CycleDriver driver, Cycles cycles, ReferenceData reference,
            UnitScores scores, Nominations nominations, RuntimeService runtimeService, ManagementService managementService,
            CycleReplay replay) {
        this.starter = starter;
        this.driver = driver;
        this.cycles = cycles;
        this.reference = reference;
        this.scores = scores;
        this.nominations = nominations;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.replay = replay;
    }

    public static String key(int cluster, int year) {
        return "cluster-" + cluster + "-" + year;
    }

    /** The day the tests look at the overview: after the registration deadline of {@value #YEAR}. */
    public static void lookOn10April() {
        CycleDriver.setClock(YEAR, 4, 10);
    }

    public List<String> members(int cluster, int year) {
        return reference.membersOn(cluster, LocalDate.of(year, 1, 1));
    }

    /** Builds everything once; later calls (other test classes in the same JVM) find it built. */
    public synchronized void ensureBuilt() {
        if (cycles.find(key(MERGER_CLUSTER, MERGER_YEAR)).isPresent()) {
            return;
        }
        try {
            registrationsOfTheYear();
            decidedCycle();
            beforeTheMerger();
        } finally {
            CycleDriver.resetClock();
        }
    }

    private void registrationsOfTheYear() {
        List<String> late = open(LATE_CLUSTER, YEAR, 1, 5);
        List<String> onTime = open(ON_TIME_CLUSTER, YEAR, 1, 5);
        driver.runJobs(key(LATE_CLUSTER, YEAR));
        driver.runJobs(key(ON_TIME_CLUSTER, YEAR));
        register(key(LATE_CLUSTER, YEAR), late.get(0), 0);
        for (int i = 0; i < onTime.size(); i++) {
            register(key(ON_TIME_CLUSTER, YEAR), onTime.get(i), i);
        }
        CycleDriver.setClock(YEAR, 4, 5);
        driver.runJobs(key(LATE_CLUSTER, YEAR)); // the deadline passed: the units still open are escalated as late
        register(key(LATE_CLUSTER, YEAR), late.get(1), 1);
    }

    /** The whole year through Tasklist-like submissions: registration, mid-year, year-end, ballot, council, decision. */
    private void decidedCycle() {
        List<String> m = members(DECIDED_CLUSTER, DECIDED_YEAR);
        assertThat(m).as("cluster %s's members in %s", DECIDED_CLUSTER, DECIDED_YEAR).hasSizeGreaterThanOrEqualTo(3);
        reference.saveLeadership(new ClusterLeadership(DECIDED_CLUSTER, DECIDED_YEAR, m.get(0), m.get(1), "overview test"));
        List<CycleReplay.UnitYear> units = new ArrayList<>();
        for (int i = 0; i < m.size(); i++) {
            String unit = m.get(i);
            // the flag for the first, the certificate for the second, the second as head and the third as deputy;
            // nobody for itself, and head and deputy not the same unit
            String head = unit.equals(m.get(1)) ? m.get(2) : m.get(1);
            String deputy = unit.equals(m.get(2)) || head.equals(m.get(2)) ? m.get(0) : m.get(2);
            units.add(new CycleReplay.UnitYear(unit, i == 0, i != 0, Math.max(20, 24 - i),
                    unit.equals(m.get(0)) ? List.of() : List.of(m.get(0)),
                    unit.equals(m.get(1)) ? List.of() : List.of(m.get(1)), head, deputy));
        }
        replay.replay(DECIDED_CLUSTER, DECIDED_YEAR, m.get(0), units, DECISION_NUMBER, DECISION_DATE);
    }

    private void beforeTheMerger() {
        String key = key(MERGER_CLUSTER, MERGER_YEAR);
        List<String> m = open(MERGER_CLUSTER, MERGER_YEAR, 1, 5);
        String absorbed = absorbedMember(MERGER_CLUSTER, MERGER_YEAR);
        Job opening = managementService.createJobQuery().processInstanceId(cycle(key).getId())
                .activityId("Task_OpenCycle").singleResult();
        managementService.executeJob(opening.getId());
        List<UnitScore> ranking = new ArrayList<>();
        ranking.add(new UnitScore(absorbed, new BigDecimal("98.25"), new BigDecimal("115"), 1));
        int rank = 2;
        for (String unit : m) {
            if (!unit.equals(absorbed)) {
                ranking.add(new UnitScore(unit, new BigDecimal(90 - rank), new BigDecimal(104 - rank), rank++));
            }
        }
        scores.replace(key, ranking);
        nominations.replace(key, List.of(new NomineeOutcome(absorbed, Title.FLAG, m.size() - 1, m.size(),
                (m.size() - 1) + "/" + m.size() + " phiếu — đạt trên 50 %", 1, true, "đủ điều kiện, đạt ngưỡng và trong chỉ tiêu")),
                new ElectionOutcome(null, 0, null, 0, "Chưa bầu"));
    }

    /** A member of the cluster in that year that the reference data says was merged into another province later. */
    public String absorbedMember(int cluster, int year) {
        List<String> absorbed = reference.successions().stream().filter(ProvinceSuccession::isAbsorbed)
                .map(ProvinceSuccession::mergedCode).toList();
        return members(cluster, year).stream().filter(absorbed::contains).findFirst().orElseThrow(
                () -> new IllegalStateException("no member of cluster " + cluster + " in " + year + " was merged later"));
    }

    public String successorOf(String merged) {
        return reference.succession(merged).orElseThrow().successorCode();
    }

    /** Opens the cluster's year with its first two members as head and deputy; returns the members. */
    private List<String> open(int cluster, int year, int month, int day) {
        List<String> members = members(cluster, year);
        assertThat(members).as("cluster %s's members in %s", cluster, year).hasSizeGreaterThanOrEqualTo(2);
        reference.saveLeadership(new ClusterLeadership(cluster, year, members.get(0), members.get(1), "overview test"));
        CycleDriver.setClock(year, month, day);
        CycleStarter.Outcome outcome = starter.start(cluster, year);
        assertThat(outcome.started()).as(outcome.reason()).isTrue();
        return members;
    }

    private void register(String key, String unit, int i) {
        driver.submit(unit, driver.task(key, "Task_RegisterTargets", "province-" + unit).getId(),
                RegistrationValues.sample(10 + i, i == 0, i != 0));
    }

    private ProcessInstance cycle(String key) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key)
                .processDefinitionKey(CycleStarter.PROCESS_KEY).singleResult();
    }
}
