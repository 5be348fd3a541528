package vn.vusta.thidua.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.cycle.CycleStarter;
import vn.vusta.thidua.reference.ClusterLeadership;
import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.rules.Title;
import vn.vusta.thidua.vote.ElectionOutcome;
import vn.vusta.thidua.vote.Nominations;
import vn.vusta.thidua.vote.NomineeOutcome;

/**
 * Brings a real cycle of cluster 6 to the council: opens it (the real {@code openCycle}), writes the vote's
 * outcome as the nomination vote would, and moves the cycle to its council call activity, which then starts
 * {@code council} with all the cycle's variables, as in production.
 */
@Component
public class CouncilDriver {

    public static final int CLUSTER = 6;
    public static final String HEAD = "quang-ngai";
    public static final String OFFICE = "council-office";
    public static final String CHAIR = "council-chair";
    public static final List<String> COUNCIL = List.of("council-1", "council-2", "council-3", "council-4", "council-5");

    private final CycleStarter starter;
    private final CycleDriver driver;
    private final ReferenceData reference;
    private final Nominations nominations;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;

    CouncilDriver(CycleStarter starter, CycleDriver driver, ReferenceData reference, Nominations nominations,
            RuntimeService runtimeService, ManagementService managementService) {
        this.starter = starter;
        this.driver = driver;
        this.reference = reference;
        this.nominations = nominations;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
    }

    /** A proposal as the vote writes it: 6 members, all proposed outcomes. */
    public static NomineeOutcome proposed(String unit, Title title, long votes) {
        return new NomineeOutcome(unit, title, votes, 6, votes + "/6 phiếu — đạt trên 50 %", 1, true,
                "đủ điều kiện, đạt ngưỡng và trong chỉ tiêu");
    }

    public static ElectionOutcome election(String head, String deputy) {
        return new ElectionOutcome(head, 4, deputy, 4, "Cụm trưởng " + head + " (4/6 phiếu), cụm phó " + deputy + " (4/6 phiếu)");
    }

    /** Opens cluster 6's year and brings it to the council with this proposal; returns the business key. */
    public String toCouncil(int year, List<NomineeOutcome> proposal, ElectionOutcome election) {
        List<String> members = reference.membersOn(CLUSTER, java.time.LocalDate.of(year, 1, 1));
        assertThat(members).contains(HEAD, "gia-lai", "khanh-hoa", "dak-lak");
        reference.saveLeadership(new ClusterLeadership(CLUSTER, year, HEAD, "gia-lai", "council test"));
        CycleDriver.setClock(year, 12, 21);
        CycleStarter.Outcome outcome = starter.start(CLUSTER, year);
        assertThat(outcome.started()).as(outcome.reason()).isTrue();
        String key = outcome.businessKey();
        ProcessInstance cycle = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key)
                .processDefinitionKey(CycleStarter.PROCESS_KEY).singleResult();
        Job open = managementService.createJobQuery().processInstanceId(cycle.getId()).activityId("Task_OpenCycle")
                .singleResult();
        managementService.executeJob(open.getId());
        nominations.replace(key, proposal, election);
        // registration to nomination vote are other phases: go straight to the council's call activity
        runtimeService.createProcessInstanceModification(cycle.getId())
                .cancelAllForActivity("CallActivity_Registration")
                .startBeforeActivity("CallActivity_CouncilApproval")
                .execute();
        driver.runJobs(key);
        return key;
    }

    public Task checkTask(String key) {
        return driver.task(key, "Task_CheckDossier", "council-office");
    }

    public void accept(String key) {
        driver.submit(OFFICE, checkTask(key).getId(), Map.of("decision", "accept"));
        driver.runJobs(key);
    }

    public Task voteTask(String key, String member) {
        return driver.tasks(key, "Task_CouncilVote").stream().filter(t -> member.equals(t.getAssignee())).findFirst()
                .orElseThrow();
    }

    /** Votes as Tasklist submits a checklist: a Json array of the checked values. */
    public void vote(String key, String member, List<String> approved) {
        driver.submit(member, voteTask(key, member).getId(), Map.of("approved", checklist(approved)));
    }

    public static Object checklist(List<String> values) {
        return SpinValues.jsonValue(values.stream().map(v -> "\"" + v + "\"")
                .collect(Collectors.joining(",", "[", "]"))).create();
    }

    public Task signTask(String key) {
        return driver.task(key, "Task_SignDecision", "council-chair");
    }

    public void sign(String key, String number, String date) {
        driver.submit(CHAIR, signTask(key).getId(), Map.of("decisionNumber", number, "decisionDate", date));
        driver.runJobs(key);
    }

    public ProcessInstance phase(String key) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key)
                .processDefinitionKey("council").singleResult();
    }

    public ProcessInstance cycle(String key) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key)
                .processDefinitionKey(CycleStarter.PROCESS_KEY).singleResult();
    }
}
