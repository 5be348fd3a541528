package vn.vusta.thidua.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;

import vn.vusta.thidua.cycle.CycleStarter;
import vn.vusta.thidua.cycle.CycleVariables;
import vn.vusta.thidua.system.GroupIds;
import vn.vusta.thidua.support.CycleDriver;
import vn.vusta.thidua.support.CycleReplay;

/**
 * Drives whole cycles (all five phases) through the engine API as PublishedOutcomesReplayTest does — the same
 * tasks, the same Tasklist-shaped form values, real DMN and tallies — for many cluster-years at once: all cycles
 * of one year move phase by phase together (the clock is the year's), years one after the other. Measures the
 * engine's share only: submissions and jobs (time and SQL); finding tasks and reading variables is the driver's.
 *
 * <p>Every cycle has the same invented year: the first member (statistical order) aims for the flag and reaches
 * 115 %, the second aims for the Bằng khen and reaches 110 %, the others reach 100 %; every unit votes the flag
 * for the first and the certificate for the second (never for itself), elects this year's deputy as next head and
 * the first other member as deputy; the standing office accepts, every council member approves, the chair signs.
 */
final class CycleRun {

    record ClusterYear(int cluster, int year) {
        String key() {
            return CycleVariables.businessKey(cluster, year);
        }
    }

    /** What one run cost. */
    static final class Stats {
        int cycles;
        int units;
        long completions;
        long jobs;
        long submitNanos;
        long jobNanos;
        long driverNanos;
        /** CPU time of the driving thread inside the engine: unlike wall time, not inflated by a busy or stolen CPU. */
        long cpuNanos;
        long submitSql;
        long jobSql;
        /** Transactions committed inside the engine calls (datasource-proxy, as the SQL). */
        long commits;
        long wallNanos;
        /** What the database server counted meanwhile (PostgreSQL only; null on H2). */
        BenchPostgres.Counters server;
        /** CPU the database server used meanwhile, in ms (PostgreSQL only; -1 on H2, whose CPU is the JVM's). */
        long serverCpuMillis = -1;

        long engineNanos() {
            return submitNanos + jobNanos;
        }

        double engineSeconds() {
            return engineNanos() / 1e9;
        }

        double cpuSeconds() {
            return cpuNanos / 1e9;
        }

        double cpuMillisPerCompletion() {
            return cpuNanos / 1e6 / completions;
        }

        double completionsPerSecond() {
            return completions / engineSeconds();
        }

        double sqlPerCompletion() {
            return (double) (submitSql + jobSql) / completions;
        }

        double commitsPerCompletion() {
            return (double) commits / completions;
        }

        double engineMillisPerUnit() {
            return engineNanos() / 1e6 / units;
        }

        double engineMillisPerCompletion() {
            return engineNanos() / 1e6 / completions;
        }

        /**
         * "statements | commits" per completion as the server counted them over the whole run (the driver's task
         * lookups included), or dashes where it did not.
         */
        String serverPerCompletion() {
            return server == null ? "— | —" : String.format("%.0f | %.1f", (double) server.statements() / completions,
                    (double) server.commits() / completions);
        }
    }

    static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final CycleStarter starter;
    private final CycleDriver driver;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final Stats stats = new Stats();
    private int decisions;

    CycleRun(CycleStarter starter, CycleDriver driver, RuntimeService runtimeService, TaskService taskService) {
        this.starter = starter;
        this.driver = driver;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
    }

    /** Runs every cluster-year's whole cycle; cycles of a later year may already have been opened by the previous. */
    Stats run(List<ClusterYear> cycles) {
        long start = System.nanoTime();
        Map<Integer, List<ClusterYear>> byYear = new TreeMap<>();
        cycles.forEach(c -> byYear.computeIfAbsent(c.year(), y -> new ArrayList<>()).add(c));
        byYear.forEach(this::year);
        stats.wallNanos = System.nanoTime() - start;
        return stats;
    }

    /** Starts the cycles and runs them up to the units' registration tasks, which it leaves open. */
    Stats open(List<ClusterYear> cycles) {
        long start = System.nanoTime();
        Map<Integer, List<ClusterYear>> byYear = new TreeMap<>();
        cycles.forEach(c -> byYear.computeIfAbsent(c.year(), y -> new ArrayList<>()).add(c));
        byYear.forEach((year, list) -> {
            CycleDriver.setClock(year, 1, 10);
            long t = System.nanoTime();
            for (ClusterYear c : list) {
                jobs(() -> {
                    starter.start(c.cluster(), c.year());
                    return 0;
                });
                runJobs(c.key());
            }
            System.out.printf("bench: opened %d cycles of %d in %.1f s (heap used %d MB)%n", list.size(), year,
                    (System.nanoTime() - t) / 1e9, (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        });
        stats.cycles += cycles.size();
        stats.wallNanos = System.nanoTime() - start;
        return stats;
    }

    private void year(int year, List<ClusterYear> cycles) {
        CycleDriver.setClock(year, 1, 10);
        Map<ClusterYear, Map<String, Object>> cycleVariables = new LinkedHashMap<>();
        for (ClusterYear c : cycles) {
            // a cycle after the first year was opened by the previous year's council; start() then does nothing
            jobs(() -> {
                starter.start(c.cluster(), c.year());
                return 0;
            });
            runJobs(c.key());
            cycleVariables.put(c, driver(() -> cycleVariables(c)));
        }
        stats.cycles += cycles.size();
        cycleVariables.values().forEach(v -> stats.units += members(v).size());

        for (Map.Entry<ClusterYear, Map<String, Object>> e : cycleVariables.entrySet()) {
            String key = e.getKey().key();
            List<String> members = members(e.getValue());
            for (int i = 0; i < members.size(); i++) {
                submit(members.get(i), unitTask(key, "Task_RegisterTargets", members.get(i)), registration(i));
            }
            runJobs(key);
        }
        for (Map.Entry<ClusterYear, Map<String, Object>> e : cycleVariables.entrySet()) {
            String head = (String) e.getValue().get(CycleVariables.HEAD);
            submit(head, unitTask(e.getKey().key(), "Task_ReviewRegistrations", head), Map.of("decision", "submit"));
            runJobs(e.getKey().key());
        }

        CycleDriver.setClock(year, 6, 20);
        for (Map.Entry<ClusterYear, Map<String, Object>> e : cycleVariables.entrySet()) {
            String key = e.getKey().key();
            for (String unit : members(e.getValue())) {
                submit(unit, unitTask(key, "Task_ReportProgress", unit), CycleReplay.progress());
            }
            runJobs(key);
        }
        for (Map.Entry<ClusterYear, Map<String, Object>> e : cycleVariables.entrySet()) {
            String head = (String) e.getValue().get(CycleVariables.HEAD);
            submit(head, unitTask(e.getKey().key(), "Task_RecordMidYearReview", head), Map.of("meetingDate",
                    year + "-07-05", "meetingPlace", "Hội trường LHH", "remarks", "Các đơn vị bám sát chỉ tiêu."));
            runJobs(e.getKey().key());
        }

        CycleDriver.setClock(year, 11, 5);
        for (Map.Entry<ClusterYear, Map<String, Object>> e : cycleVariables.entrySet()) {
            String key = e.getKey().key();
            List<String> members = members(e.getValue());
            for (int i = 0; i < members.size(); i++) {
                submit(members.get(i), unitTask(key, "Task_ReportResults", members.get(i)), results(i, members.get(i)));
            }
            runJobs(key);
        }
        for (Map.Entry<ClusterYear, Map<String, Object>> e : cycleVariables.entrySet()) {
            String head = (String) e.getValue().get(CycleVariables.HEAD);
            submit(head, unitTask(e.getKey().key(), "Task_ReviewResults", head), Map.of("decision", "submit"));
            runJobs(e.getKey().key());
        }

        CycleDriver.setClock(year, 12, 5);
        for (Map.Entry<ClusterYear, Map<String, Object>> e : cycleVariables.entrySet()) {
            String key = e.getKey().key();
            List<String> members = members(e.getValue());
            String nextHead = (String) e.getValue().get(CycleVariables.DEPUTY);
            String nextDeputy = members.stream()
                    .filter(m -> !m.equals(nextHead) && !m.equals(e.getValue().get(CycleVariables.HEAD)))
                    .findFirst().orElseThrow();
            for (String unit : members) {
                submit(unit, unitTask(key, "Task_CastBallot", unit), ballot(members, unit, nextHead, nextDeputy));
            }
            runJobs(key);
        }
        for (Map.Entry<ClusterYear, Map<String, Object>> e : cycleVariables.entrySet()) {
            // each proposed nominee's officer writes its achievement report for the dossier, as a real cluster does
            // (left unwritten, its reminder and deadline timers fire when the clock reaches the council's days)
            String key = e.getKey().key();
            List<Task> reports = driver(() -> taskService.createTaskQuery().processInstanceBusinessKey(key)
                    .taskDefinitionKey("Task_WriteAchievementReport").list());
            for (Task report : reports) {
                String nominee = driver(() -> taskService.getIdentityLinksForTask(report.getId())).stream()
                        .map(IdentityLink::getGroupId).filter(g -> g != null && GroupIds.isProvince(g))
                        .findFirst().map(GroupIds::provinceOf).orElseThrow();
                submit(nominee, report.getId(), Map.of("situation", "Liên hiệp hội có 30 hội thành viên.",
                        "achievements", "Hoàn thành vượt mức các chỉ tiêu thi đua năm " + year + "."));
            }
            runJobs(key);
        }
        for (Map.Entry<ClusterYear, Map<String, Object>> e : cycleVariables.entrySet()) {
            String head = (String) e.getValue().get(CycleVariables.HEAD);
            submit(head, unitTask(e.getKey().key(), "Task_ConfirmMinutes", head), Map.of("meetingDate", year + "-12-06",
                    "meetingPlace", "Hội trường LHH", "membersPresent", (long) members(e.getValue()).size(),
                    "confirmed", true));
            runJobs(e.getKey().key());
        }

        CycleDriver.setClock(year, 12, 28);
        for (ClusterYear c : cycles) {
            submit("council-office", groupTask(c.key(), "Task_CheckDossier", "council-office"), Map.of("decision", "accept"));
            runJobs(c.key());
        }
        for (ClusterYear c : cycles) {
            List<Task> votes = driver(() -> taskService.createTaskQuery().processInstanceBusinessKey(c.key())
                    .taskDefinitionKey("Task_CouncilVote").list());
            List<String> proposal = votes.isEmpty() ? List.of() : driver(() -> optionValues(votes.get(0)));
            for (Task vote : votes) {
                submit(vote.getAssignee(), vote.getId(), Map.of("approved", json(proposal)));
            }
            runJobs(c.key());
        }
        CycleDriver.setClock(year + 1, 1, 12);
        for (ClusterYear c : cycles) {
            decisions++;
            submit("council-chair", groupTask(c.key(), "Task_SignDecision", "council-chair"),
                    Map.of("decisionNumber", decisions + "/QĐ-LHHVN", "decisionDate", (year + 1) + "-01-10"));
            runJobs(c.key());
            long open = driver(() -> runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(c.key()).count());
            if (open != 0) {
                throw new IllegalStateException(c.key() + " did not finish: " + open + " instances still running");
            }
        }
    }

    private Map<String, Object> cycleVariables(ClusterYear c) {
        ProcessInstance cycle = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(c.key())
                .processDefinitionKey(CycleStarter.PROCESS_KEY).singleResult();
        if (cycle == null) {
            throw new IllegalStateException("no cycle " + c.key());
        }
        return runtimeService.getVariables(cycle.getId(),
                List.of(CycleVariables.MEMBERS, CycleVariables.HEAD, CycleVariables.DEPUTY));
    }

    @SuppressWarnings("unchecked")
    private static List<String> members(Map<String, Object> cycleVariables) {
        return (List<String>) cycleVariables.get(CycleVariables.MEMBERS);
    }

    private String unitTask(String key, String taskKey, String unit) {
        return groupTask(key, taskKey, "province-" + unit);
    }

    private String groupTask(String key, String taskKey, String group) {
        Task task = driver(() -> driver.task(key, taskKey, group));
        if (task == null) {
            throw new IllegalStateException(taskKey + " for " + group + " not found in " + key);
        }
        return task.getId();
    }

    private List<String> optionValues(Task vote) {
        return driver.optionValues(vote.getAssignee(), vote.getId(), "nomineeOptions");
    }

    private void submit(String user, String taskId, Map<String, Object> values) {
        long commits = SqlStatementCounter.commits();
        long sql = SqlStatementCounter.statements();
        long cpu = CPU.getCurrentThreadCpuTime();
        long t = System.nanoTime();
        driver.submit(user, taskId, values);
        stats.submitNanos += System.nanoTime() - t;
        stats.cpuNanos += CPU.getCurrentThreadCpuTime() - cpu;
        stats.submitSql += SqlStatementCounter.statements() - sql;
        stats.commits += SqlStatementCounter.commits() - commits;
        stats.completions++;
    }

    /**
     * Runs the cycle's due jobs, and those they create, as the job executor would. Finding them is the bench's
     * work (driver s), as acquisition is the executor's: the polling queries took about 9 % of a year's engine time
     * and 1.2 commits per completion when they were counted with the jobs, against plain Camunda which has no job.
     */
    private void runJobs(String key) {
        for (int round = 0; round < 100; round++) {
            List<String> due = driver(() -> driver.dueJobs(key));
            if (due.isEmpty()) {
                return;
            }
            for (String job : due) {
                jobs(() -> driver.executeIfPresent(job) ? 1 : 0);
            }
        }
        throw new IllegalStateException("jobs keep coming for " + key);
    }

    /** One job's execution (the engine's work of a job executor's thread), measured as engine time. */
    private void jobs(Supplier<Integer> action) {
        long commits = SqlStatementCounter.commits();
        long sql = SqlStatementCounter.statements();
        long cpu = CPU.getCurrentThreadCpuTime();
        long t = System.nanoTime();
        stats.jobs += action.get();
        stats.jobNanos += System.nanoTime() - t;
        stats.cpuNanos += CPU.getCurrentThreadCpuTime() - cpu;
        stats.jobSql += SqlStatementCounter.statements() - sql;
        stats.commits += SqlStatementCounter.commits() - commits;
    }

    private <T> T driver(Supplier<T> lookup) {
        long t = System.nanoTime();
        try {
            return lookup.get();
        } finally {
            stats.driverNanos += System.nanoTime() - t;
        }
    }

    /** The registration form's values (all eight fields); the first member aims for the flag, the second the certificate. */
    static Map<String, Object> registration(int index) {
        return CycleReplay.registration(index == 0, index == 1);
    }

    private static Map<String, Object> results(int index, String unit) {
        long result = index == 0 ? 23 : index == 1 ? 22 : 20;
        Map<String, Object> values = new HashMap<>();
        for (int field = 1; field <= 8; field++) {
            values.put("result" + field, result);
            values.put("resultNote" + field, "kết quả lĩnh vực " + field);
        }
        values.put("achievements", "Thành tích nổi bật năm của " + unit);
        return values;
    }

    private static Map<String, Object> ballot(List<String> members, String unit, String nextHead, String nextDeputy) {
        String flag = members.get(0);
        String merit = members.get(1);
        Map<String, Object> values = new HashMap<>();
        values.put("flag", json(unit.equals(flag) ? List.of() : List.of(flag)));
        values.put("merit", json(unit.equals(merit) ? List.of() : List.of(merit)));
        values.put("nextHead", nextHead);
        values.put("nextDeputy", nextDeputy);
        return values;
    }

    static Object json(List<String> codes) {
        return SpinValues.jsonValue("[" + String.join(",", codes.stream().map(c -> "\"" + c + "\"").toList()) + "]").create();
    }
}
