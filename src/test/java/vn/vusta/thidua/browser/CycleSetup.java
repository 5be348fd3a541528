package vn.vusta.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.cycle.CycleStarter;
import vn.vusta.thidua.reference.ClusterLeadership;
import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.support.RegistrationValues;
import vn.vusta.thidua.support.CycleDriver;

/**
 * Brings real cycles to the step a browser scenario starts from, on the real clock: opens a cluster's year with
 * the given head and deputy, drives registration through the engine as the officers would, and moves the cycle
 * to a later phase's call activity (the phases in between are covered by their own scenario tests), which then
 * starts that phase with all the cycle's variables and its business key, as in production.
 */
@Component
class CycleSetup {

    private final CycleStarter starter;
    private final CycleDriver driver;
    private final ReferenceData reference;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;

    CycleSetup(CycleStarter starter, CycleDriver driver, ReferenceData reference, RuntimeService runtimeService,
            ManagementService managementService) {
        this.starter = starter;
        this.driver = driver;
        this.reference = reference;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
    }

    /** Opens the year's cycle of the cluster (head and deputy saved as reference data); returns the members. */
    List<String> open(int cluster, int year, String head, String deputy) {
        List<String> members = reference.membersOn(cluster, LocalDate.of(year, 1, 1));
        assertThat(members).contains(head, deputy);
        reference.saveLeadership(new ClusterLeadership(cluster, year, head, deputy, "browser test"));
        CycleStarter.Outcome outcome = starter.start(cluster, year);
        assertThat(outcome.started()).as(outcome.reason()).isTrue();
        return members;
    }

    /** Opens the cycle and runs its jobs: every member has its registration task. */
    List<String> openRegistration(int cluster, int year, String head, String deputy) {
        List<String> members = open(cluster, year, head, deputy);
        driver.runJobs(key(cluster, year));
        return members;
    }

    /** Every member registers (the first aims for the flag, the others for the certificate); the head submits. */
    void registerAll(String key, List<String> members, String head) {
        for (int i = 0; i < members.size(); i++) {
            String unit = members.get(i);
            driver.submit(unit, driver.task(key, "Task_RegisterTargets", "province-" + unit).getId(),
                    RegistrationValues.sample(10 + i, i == 0, i != 0));
        }
        driver.runJobs(key);
        driver.submit(head, driver.task(key, "Task_ReviewRegistrations", "province-" + head).getId(),
                Map.of("decision", "submit"));
        driver.runJobs(key);
    }

    /** Runs only the cycle's opening job (no registration tasks), for scenarios that start at a later phase. */
    void runOpening(String key) {
        Job open = managementService.createJobQuery().processInstanceId(cycle(key).getId()).activityId("Task_OpenCycle")
                .singleResult();
        managementService.executeJob(open.getId());
    }

    /** Moves the cycle from the call activity it waits at to another one, and runs the jobs that follow. */
    void moveTo(String key, String from, String to) {
        runtimeService.createProcessInstanceModification(cycle(key).getId())
                .cancelAllForActivity(from).startBeforeActivity(to).execute();
        driver.runJobs(key);
    }

    ProcessInstance cycle(String key) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key)
                .processDefinitionKey(CycleStarter.PROCESS_KEY).singleResult();
    }

    static String key(int cluster, int year) {
        return "cluster-" + cluster + "-" + year;
    }

    /** A checklist's value as Tasklist submits it: a Json array. */
    static Object checklist(List<String> values) {
        return SpinValues.jsonValue(values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(",", "[", "]")))
                .create();
    }
}
