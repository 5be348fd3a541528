package vn.vusta.thidua.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.cycle.CycleStarter;
import vn.vusta.thidua.cycle.CycleVariables;

/**
 * Drives one cluster's whole year as its users would in Tasklist — registration, mid-year review, year-end report,
 * ballot, minutes, the council office's check, the council's vote, the chair's signature — with the engine clock
 * moved through the year, and returns the cycle's business key once every process of it has ended.
 */
@Component
public class CycleReplay {

    /** One member's year: what it aims for, how far it gets (result per field; every target is 20), its ballot. */
    public record UnitYear(String unit, boolean aimFlag, boolean aimMerit, long result, List<String> flag, List<String> merit,
            String nextHead, String nextDeputy) {
    }

    private final CycleStarter starter;
    private final CycleDriver driver;
    private final TaskService taskService;
    private final RuntimeService runtimeService;

    CycleReplay(CycleStarter starter, CycleDriver driver, TaskService taskService, RuntimeService runtimeService) {
        this.starter = starter;
        this.driver = driver;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
    }

    /** Drives one cluster's whole year through Tasklist-like submissions and returns the results API's answer. */
    public String replay(int cluster, int year, String head, List<UnitYear> units, String decisionNumber,
            String decisionDate) {
        String key = throughVote(cluster, year, head, units);

        CycleDriver.setClock(year, 12, 28);
        driver.submit("council-office", groupTask(key, "Task_CheckDossier", "council-office"), Map.of("decision", "accept"));
        driver.runJobs(key);
        List<String> proposal = new ArrayList<>();
        for (Task vote : taskService.createTaskQuery().processInstanceBusinessKey(key).taskDefinitionKey("Task_CouncilVote").list()) {
            if (proposal.isEmpty()) {
                proposal.addAll(optionValues(vote));
            }
            driver.submit(vote.getAssignee(), vote.getId(), Map.of("approved", json(proposal)));
        }
        driver.runJobs(key);
        CycleDriver.setClock(year + 1, 1, 12);
        driver.submit("council-chair", groupTask(key, "Task_SignDecision", "council-chair"),
                Map.of("decisionNumber", decisionNumber, "decisionDate", decisionDate));
        driver.runJobs(key);

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key).count()).isZero();
        return key;
    }

    /**
     * Drives one cluster's year from its opening to the dossier sent to the council (registration, mid-year, year-end,
     * ballot, minutes); returns its business key.
     */
    public String throughVote(int cluster, int year, String head, List<UnitYear> units) {
        String key = CycleVariables.businessKey(cluster, year);
        CycleDriver.setClock(year, 1, 10);
        assertThat(starter.start(cluster, year).started()).isTrue();
        driver.runJobs(key);

        for (UnitYear u : units) {
            driver.submit(u.unit(), unitTask(key, "Task_RegisterTargets", u.unit()), registration(u));
        }
        driver.runJobs(key);
        driver.submit(head, unitTask(key, "Task_ReviewRegistrations", head), Map.of("decision", "submit"));
        driver.runJobs(key);

        CycleDriver.setClock(year, 6, 20);
        for (UnitYear u : units) {
            driver.submit(u.unit(), unitTask(key, "Task_ReportProgress", u.unit()), progress());
        }
        driver.runJobs(key);
        driver.submit(head, unitTask(key, "Task_RecordMidYearReview", head),
                Map.of("meetingDate", year + "-07-05", "meetingPlace", "Hội trường LHH", "remarks", "Các đơn vị bám sát chỉ tiêu."));
        driver.runJobs(key);

        CycleDriver.setClock(year, 11, 5);
        for (UnitYear u : units) {
            driver.submit(u.unit(), unitTask(key, "Task_ReportResults", u.unit()), results(u));
        }
        driver.runJobs(key);
        driver.submit(head, unitTask(key, "Task_ReviewResults", head), Map.of("decision", "submit"));
        driver.runJobs(key);

        CycleDriver.setClock(year, 12, 5);
        for (UnitYear u : units) {
            driver.submit(u.unit(), unitTask(key, "Task_CastBallot", u.unit()), ballot(u));
        }
        driver.runJobs(key);
        driver.submit(head, unitTask(key, "Task_ConfirmMinutes", head), Map.of("meetingDate", year + "-12-06",
                "meetingPlace", "Hội trường LHH", "membersPresent", (long) units.size(), "confirmed", true));
        driver.runJobs(key);
        return key;
    }

    private String unitTask(String key, String taskKey, String unit) {
        return groupTask(key, taskKey, "province-" + unit);
    }

    private String groupTask(String key, String taskKey, String group) {
        Task task = driver.task(key, taskKey, group);
        assertThat(task).as(taskKey + " for " + group).isNotNull();
        return task.getId();
    }

    private List<String> optionValues(Task vote) {
        return driver.optionValues(vote.getAssignee(), vote.getId(), "nomineeOptions");
    }

    private static Map<String, Object> registration(UnitYear u) {
        return registration(u.aimFlag(), u.aimMerit());
    }

    /** The registration form's values: a target of 20 in every field, the covenant signed. */
    public static Map<String, Object> registration(boolean aimFlag, boolean aimMerit) {
        Map<String, Object> values = new HashMap<>();
        for (int field = 1; field <= 8; field++) {
            values.put("target" + field, 20L);
            values.put("targetNote" + field, "chỉ tiêu lĩnh vực " + field);
        }
        values.put("aimFlag", aimFlag);
        values.put("aimMerit", aimMerit);
        values.put("covenantAccepted", true);
        return values;
    }

    /** The mid-year form's values: 55 % in every field. */
    public static Map<String, Object> progress() {
        Map<String, Object> values = new HashMap<>();
        for (int field = 1; field <= 8; field++) {
            values.put("progress" + field, 55L);
            values.put("progressNote" + field, "đúng tiến độ");
        }
        return values;
    }

    private static Map<String, Object> results(UnitYear u) {
        Map<String, Object> values = new HashMap<>();
        for (int field = 1; field <= 8; field++) {
            values.put("result" + field, u.result());
            values.put("resultNote" + field, "kết quả lĩnh vực " + field);
        }
        values.put("achievements", "Thành tích nổi bật năm của " + u.unit());
        return values;
    }

    private static Map<String, Object> ballot(UnitYear u) {
        Map<String, Object> values = new HashMap<>();
        values.put("flag", json(u.flag()));
        values.put("merit", json(u.merit()));
        values.put("nextHead", u.nextHead());
        values.put("nextDeputy", u.nextDeputy());
        return values;
    }

    private static Object json(List<String> codes) {
        return SpinValues.jsonValue("[" + String.join(",", codes.stream().map(c -> "\"" + c + "\"").toList()) + "]").create();
    }
}
