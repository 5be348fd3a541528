package vn.vusta.thidua.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.ApplicationContext;

import vn.vusta.thidua.cycle.CycleStarter;
import vn.vusta.thidua.cycle.Phase;
import vn.vusta.thidua.reference.ClusterLeadership;
import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.cycle.UnitScore;
import vn.vusta.thidua.yearend.UnitScores;

/**
 * Brings a real cycle to the vote: opens it (adding the year's head and deputy to the reference data), drives the
 * registration phase with the titles each unit aims for, writes the year-end scores (the year-end phase is built on
 * another branch) and starts {@code vote} with the cycle's variables and business key, as the parent's
 * call activity does. Then casts ballots as the units' officers, as Tasklist submits them (lists as Json).
 */
public class VoteFixture {

    /** What a unit registered for and its year-end score; {@code score == null}: no score. */
    public record UnitYear(String unit, boolean aimFlag, boolean aimMerit, String score, String completion, Integer rank) {
    }

    private final CycleStarter starter;
    private final CycleDriver driver;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final ReferenceData reference;
    private final UnitScores scores;

    public VoteFixture(ApplicationContext context) {
        this.starter = context.getBean(CycleStarter.class);
        this.driver = context.getBean(CycleDriver.class);
        this.runtimeService = context.getBean(RuntimeService.class);
        this.managementService = context.getBean(ManagementService.class);
        this.reference = context.getBean(ReferenceData.class);
        this.scores = context.getBean(UnitScores.class);
    }

    /** Opens the cycle, registers every unit, the head submits, scores are written; the vote is open. */
    public String openVote(int cluster, int year, String head, String deputy, List<UnitYear> units) {
        reference.saveLeadership(new ClusterLeadership(cluster, year, head, deputy, "test " + getClass().getSimpleName()));
        CycleDriver.setClock(year, 1, 2);
        CycleStarter.Outcome outcome = starter.start(cluster, year);
        assertThat(outcome.started()).as(outcome.reason()).isTrue();
        String key = outcome.businessKey();
        driver.runJobs(key);
        for (UnitYear u : units) {
            Task task = driver.task(key, "Task_RegisterTargets", "province-" + u.unit());
            driver.submit(u.unit(), task.getId(), registration(u.aimFlag(), u.aimMerit()));
        }
        driver.runJobs(key);
        driver.submit(head, driver.task(key, "Task_ReviewRegistrations", "province-" + head).getId(),
                Map.of("decision", "submit"));
        scores.replace(key, units.stream().filter(u -> u.score() != null).map(u -> new UnitScore(u.unit(),
                new BigDecimal(u.score()), new BigDecimal(u.completion()), u.rank())).toList());

        CycleDriver.setClock(year, 11, 25);
        ProcessInstance cycle = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key)
                .processDefinitionKey(CycleStarter.PROCESS_KEY).singleResult();
        runtimeService.startProcessInstanceByKey(Phase.VOTE.processKey(), key, runtimeService.getVariables(cycle.getId()));
        runVoteJobs(key);
        return key;
    }

    public ProcessInstance voteInstance(String key) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key)
                .processDefinitionKey(Phase.VOTE.processKey()).singleResult();
    }

    /** Runs the vote's due jobs (only the vote's: the cycle waits at the mid-year review, not built here). */
    public void runVoteJobs(String key) {
        for (int round = 0; round < 50; round++) {
            ProcessInstance vote = voteInstance(key);
            List<Job> due = vote == null ? List.of()
                    : managementService.createJobQuery().processInstanceId(vote.getId()).executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> driver.executeIfPresent(job.getId()));
        }
        throw new IllegalStateException("vote jobs keep coming for " + key);
    }

    public Task ballotTask(String key, String unit) {
        return driver.task(key, "Task_CastBallot", "province-" + unit);
    }

    public Task runoffTask(String key, String unit) {
        return driver.task(key, "Task_CastRunoffBallot", "province-" + unit);
    }

    /** Casts a first-round ballot as the unit's officer. */
    public void vote(String key, String unit, List<String> flag, List<String> merit, String head, String deputy) {
        driver.submit(unit, ballotTask(key, unit).getId(), ballot(flag, merit, head, deputy));
    }

    public void runoff(String key, String unit, String field, List<String> choice) {
        Map<String, Object> values = new HashMap<>();
        values.put(field, SpinValues.jsonValue(json(choice)).create());
        driver.submit(unit, runoffTask(key, unit).getId(), values);
    }

    /** The ballot as form {@code cast-ballot} submits it (its field ids). */
    public static Map<String, Object> ballot(List<String> flag, List<String> merit, String head, String deputy) {
        Map<String, Object> values = new HashMap<>();
        values.put("flag", SpinValues.jsonValue(json(flag)).create());
        values.put("merit", SpinValues.jsonValue(json(merit)).create());
        values.put("nextHead", head);
        values.put("nextDeputy", deputy);
        return values;
    }

    public static String json(List<String> codes) {
        List<String> quoted = new ArrayList<>();
        codes.forEach(code -> quoted.add("\"" + code + "\""));
        return "[" + String.join(",", quoted) + "]";
    }

    public static Map<String, Object> registration(boolean aimFlag, boolean aimMerit) {
        Map<String, Object> values = new HashMap<>();
        for (int field = 1; field <= 8; field++) {
            values.put("target" + field, (long) (10 + field));
            values.put("targetNote" + field, "chỉ tiêu " + field);
        }
        values.put("aimFlag", aimFlag);
        values.put("aimMerit", aimMerit);
        values.put("covenantAccepted", true);
        return values;
    }
}
