package vn.vusta.thidua.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.FileSystemUtils;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.vusta.plaincamunda.PlainCamundaApplication;
import vn.vusta.thidua.ThiDuaApplication;
import vn.vusta.thidua.cycle.CycleStarter;
import vn.vusta.thidua.reference.ReferenceRepository;
import vn.vusta.thidua.support.CycleDriver;

/**
 * The benchmark (issue 8): whole national cycles through the engine API at three sizes, next to plain Camunda in
 * the same JVM and database, and the issue's own plain-Camunda reference taken again; a deadline rush of concurrent
 * officers through REST next to plain Camunda under the same rush; task lists with 10,000 open tasks; start-up and
 * memory of the packaged jar. Not part of the normal test run: {@code mvn -B -Pbench verify}.
 * Prints a table and writes {@code target/bench/results.md}.
 *
 * <p>Sizes and budgets are system properties: {@code bench.middle} (default 100), {@code bench.largest} (cluster-years of 8 units for the largest scale
 * run, default 1000), {@code bench.scaleBudgetSeconds} (engine time the largest run may take, default 420; a
 * smaller run is chosen from the measured trend if it would not fit), {@code bench.openYears} (years of 80 × 8
 * open registration tasks for the task-list and rush sections, default 16 = 10,240 tasks), {@code bench.startupRuns}
 * (starts of the packaged jar per configuration, default 3; the median is reported).
 */
@SpringBootTest(classes = ThiDuaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "bench"})
class NationalCycleBench {

    private static final String PASSWORD = "demo";
    private static final String UNIT_TASKS_FILTER = "Việc của đơn vị";
    private static final int YEAR_WARMUPS = 2;
    private static final int YEAR_RUNS = 3;
    private static final int H2_DEFAULT_WRITE_DELAY = 500;

    @Autowired
    ProcessEngine engine;
    @Autowired
    CycleStarter starter;
    @Autowired
    CycleDriver driver;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    ReferenceRepository reference;
    @Autowired
    SyntheticReference synthetic;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    @Value("${bench.middle:100}")
    int middle;
    @Value("${bench.largest:1000}")
    int largest;
    @Value("${bench.scaleBudgetSeconds:420}")
    int scaleBudgetSeconds;
    @Value("${bench.openYears:16}")
    int openYears;
    /** Which sections to run: "all", or a comma list of year (9 × 7 + baseline), scale, open (task list + rush), startup. */
    @Value("${bench.sections:all}")
    String sections;
    /** Starts of the packaged jar per configuration; the median is reported (a single start swings by seconds here). */
    @Value("${bench.startupRuns:3}")
    int startupRuns;

    private final StringBuilder md = new StringBuilder();
    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void tearDown() {
        CycleDriver.resetClock();
    }

    @Test
    void nationalCycleScaleRestTaskListBaselineAndStartup() throws Exception {
        long benchStart = System.nanoTime();
        header();
        try {
            // 1 + 2: whole cycles at three sizes
            section("1–2. Whole cycles through the engine API (all five phases, real models, form values, DMN, tallies)");
            md.append("| run | cycles | units | completions | jobs | engine s | engine CPU s | CPU stolen | completions/s | ms/unit | ms/completion | SQL/completion | driver s | wall s |\n");
            md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            synthetic.importHeads(SyntheticReference.SEVEN_MEMBER_CLUSTERS, List.of(2029), this::members);
            CycleRun.Stats cold = cycles("9 × 7, cold JVM (first cycles)", SyntheticReference.SEVEN_MEMBER_CLUSTERS, 2029, 9);
            // 2030 is opened by each 2029 council with the elected head
            // warm-up years, then measured years (each opened by the previous year's councils): the JIT keeps
            // compiling for about two years of cycles; the median measured year stands for "a VUSTA year", since on a
            // shared 2-core machine one run can be 10-20 % off its neighbours
            for (int run = 1; run <= YEAR_WARMUPS; run++) {
                cycles("9 × 7 — warm-up year " + run, SyntheticReference.SEVEN_MEMBER_CLUSTERS, 2029 + run, 9);
            }
            int firstYear = 2030 + YEAR_WARMUPS;
            // plain Camunda runs between our measured years, in the same JVM and database (and before the scale runs,
            // whose many-GB file would slow it down): each year has a plain run next to it in time, so a machine that
            // slows down for a minute slows both sides of one ratio
            PlainBaseline plain = new PlainBaseline(repositoryService, runtimeService, taskService, driver);
            String plainOfficer = members(11).get(0);
            plain.deploy(plainOfficer);
            plain.run(600, plainOfficer, 0);
            Map<String, Long> yearShapes = null;
            Map<String, Long> plainShapes = null;
            List<CycleRun.Stats> years = new ArrayList<>();
            List<CycleRun.Stats> plains = new ArrayList<>();
            for (int run = 1; run <= YEAR_RUNS; run++) {
                Map<String, Long> before = SqlStatementCounter.byShape();
                years.add(cycles("9 × 7 — one VUSTA year, run " + run, SyntheticReference.SEVEN_MEMBER_CLUSTERS, firstYear + run - 1, 9));
                Map<String, Long> between = SqlStatementCounter.byShape();
                plains.add(plain.run((int) years.get(run - 1).completions, plainOfficer, 1000 * run));
                if (run == 1) {
                    yearShapes = difference(between, before);
                    plainShapes = difference(SqlStatementCounter.byShape(), between);
                }
            }
            CycleRun.Stats year = median(years);
            md.append(String.format("| **9 × 7 — one VUSTA year: median of the %d runs (run %d)** | | | | | **%.1f** | **%.1f** | | **%.1f** "
                    + "| **%.1f** | **%.1f** | **%.0f** | | |%n", YEAR_RUNS, years.indexOf(year) + 1, year.engineSeconds(),
                    year.cpuSeconds(), year.completionsPerSecond(), year.engineMillisPerUnit(),
                    year.engineMillisPerCompletion(), year.sqlPerCompletion()));
            Baseline baseline = new Baseline(years, plains, plainShapes);
            String plainReference = referenceMeasure();
            if (runs("scale")) {
                synthetic.importHeads(SyntheticReference.EIGHT_MEMBER_CLUSTERS, List.of(2032), this::members);
                CycleRun.Stats hundred = cycles(middle + " × 8", SyntheticReference.EIGHT_MEMBER_CLUSTERS, 2032, middle);
                int n = largestFitting(hundred);
                CycleRun.Stats big = null;
                if (n > 0) {
                    synthetic.importHeads(SyntheticReference.EIGHT_MEMBER_CLUSTERS, List.of(2035), this::members);
                    big = cycles(n + " × 8", SyntheticReference.EIGHT_MEMBER_CLUSTERS, 2035, n);
                }
                md.append("\n");
                scaleVerdict(cold, year, hundred, n, big);
            } else {
                md.append("\nScale runs skipped (bench.sections=").append(sections).append(").\n");
            }

            // 5: plain Camunda, the same number of completions as one VUSTA year (measured above, right after the year)
            section("5. Baseline: plain Camunda in the same JVM and database");
            baselineSection(year, yearShapes, baseline);
            md.append(plainReference);

            if (!runs("open")) {
                return;
            }
            // 3 + 4 need open tasks: 80 clusters × 8 units × openYears registrations
            section("Open tasks for sections 3 and 4");
            List<Integer> openYearList = IntStream.range(2060, 2060 + openYears).boxed().toList();
            synthetic.importHeads(SyntheticReference.EIGHT_MEMBER_CLUSTERS, openYearList, this::members);
            List<CycleRun.ClusterYear> open = new ArrayList<>();
            for (int y : openYearList) {
                SyntheticReference.EIGHT_MEMBER_CLUSTERS.forEach(c -> open.add(new CycleRun.ClusterYear(c, y)));
            }
            CycleRun.Stats opened = new CycleRun(starter, driver, runtimeService, taskService).open(open);
            long openTasks = taskService.createTaskQuery().count();
            md.append(String.format("Opened %d cycles up to registration in %.1f s (engine %.1f s, %.1f ms per cycle); "
                    + "open tasks in the database: **%,d**.%n%n", opened.cycles, opened.wallNanos / 1e9, opened.jobNanos / 1e9,
                    opened.jobNanos / 1e6 / opened.cycles, openTasks));

            section("4. Task list of one officer with " + String.format("%,d", openTasks) + " open tasks (sequential, 200 requests after 20 warm-up)");
            taskLists(openYearList);

            section("3. Deadline rush through REST (submit-form of the registration form, HTTP Basic as each officer, keep-alive)");
            md.append("| clients | completions | errors | s | completions/s | p50 ms | p95 ms | p99 ms | max ms |\n");
            md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            List<String> officers = new ArrayList<>();
            SyntheticReference.EIGHT_MEMBER_CLUSTERS.forEach(c -> officers.addAll(members(c)));
            // 63 clients take up to 8 of the open years, 630 clients the years after (at least the last one)
            int split = Math.max(1, Math.min(8, openYears - 2));
            HttpLoad.Series rush63 = rush(officers.subList(0, 63), openYearList.subList(0, split));
            HttpLoad.Series plain63 = plainRush(officers.subList(0, 63), split);
            HttpLoad.Series rush630 = rush(officers.subList(0, 630), openYearList.subList(split, Math.min(split + 2, openYears)));
            if (split + 2 < openYears) {
                // the years no rush took yet: what the same rush does when H2 does not write each commit at once
                List<Integer> left = openYearList.subList(split + 2, openYears);
                withH2WriteDelay(H2_DEFAULT_WRITE_DELAY, () -> rush("63, H2 `WRITE_DELAY=" + H2_DEFAULT_WRITE_DELAY
                        + "` (H2's default, not durable)", tasks(officers.subList(0, 63), left)));
            }
            md.append("\n");
            md.append(String.format("Plain Camunda under the same rush (the same 63 officers, request and body, on the plain "
                    + "process's tasks, right after ours): thi-dua %.1f/s against plain %.1f/s, **%.2f ×** plain's time per "
                    + "completion; p95 %.0f against %.0f ms.%n%n", rush63.perSecond(), plain63.perSecond(),
                    plain63.perSecond() / rush63.perSecond(), rush63.millis(0.95), plain63.millis(0.95)));
            verdict("REST rush: zero errors at 63 and 630 clients", rush63.errors() == 0 && rush630.errors() == 0,
                    rush63.errors() + " and " + rush630.errors() + " errors"
                            + (rush63.firstError() != null ? "; first at 63: " + rush63.firstError() : "")
                            + (rush630.firstError() != null ? "; first at 630: " + rush630.firstError() : ""));
            verdict("REST rush at 63: ≥ 150 completions/s", rush63.perSecond() >= 150, String.format("%.0f/s", rush63.perSecond()));
            verdict("REST rush at 63: p95 < 500 ms", rush63.millis(0.95) < 500, String.format("%.0f ms", rush63.millis(0.95)));
            md.append("\n");
        } finally {
            CycleDriver.resetClock();
            if (runs("startup")) {
                section("6. Packaged jar: start-up and resident memory");
                startup();
            }
            md.append(String.format("%nBench total: %.0f s.%n", (System.nanoTime() - benchStart) / 1e9));
            write();
        }
    }

    private boolean runs(String section) {
        return "all".equals(sections) || List.of(sections.split(",")).contains(section);
    }

    private CycleRun.Stats cycles(String label, List<Integer> clusters, int firstYear, int count) {
        List<CycleRun.ClusterYear> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(new CycleRun.ClusterYear(clusters.get(i % clusters.size()), firstYear + i / clusters.size()));
        }
        StolenCpu before = StolenCpu.now();
        CycleRun.Stats s = new CycleRun(starter, driver, runtimeService, taskService).run(list);
        String stolen = StolenCpu.now().since(before);
        md.append(String.format("| %s | %d | %,d | %,d | %,d | %.1f | %.1f | %s | %.1f | %.1f | %.1f | %.0f | %.1f | %.1f |%n", label, s.cycles,
                s.units, s.completions, s.jobs, s.engineSeconds(), s.cpuSeconds(), stolen, s.completionsPerSecond(), s.engineMillisPerUnit(),
                s.engineMillisPerCompletion(), s.sqlPerCompletion(), s.driverNanos / 1e9, s.wallNanos / 1e9));
        System.out.println("bench: " + label + " done in " + s.wallNanos / 1e9 + " s");
        return s;
    }

    /** The largest cluster-year count (of 8 units) whose projected engine time fits the budget. */
    private int largestFitting(CycleRun.Stats hundred) {
        double msPerUnit = hundred.engineMillisPerUnit();
        for (int n : new int[] {largest, 600, 400, 300, 200}) {
            if (n <= largest && n * 8 * msPerUnit / 1000 <= scaleBudgetSeconds) {
                if (n < largest) {
                    md.append(String.format("| %d × 8 | not run: projected %.0f s of engine time (%.1f ms/unit) exceeds the budget of %d s "
                            + "| | | | | | | | | | | | |%n", largest, largest * 8 * msPerUnit / 1000, msPerUnit, scaleBudgetSeconds));
                }
                return n;
            }
        }
        md.append(String.format("| %d × 8 | not run: even 200 × 8 would exceed the budget of %d s | | | | | | | | | | | | |%n",
                largest, scaleBudgetSeconds));
        return 0;
    }

    private void scaleVerdict(CycleRun.Stats cold, CycleRun.Stats year, CycleRun.Stats hundred, int n, CycleRun.Stats big) {
        verdict("Full VUSTA year (63 units, every phase) under 10 s of engine time", year.engineSeconds() < 10,
                String.format("%.1f s warm (CPU %.1f s), %.1f s cold", year.engineSeconds(), year.cpuSeconds(), cold.engineSeconds()));
        double base = year.engineMillisPerUnit();
        StringBuilder trend = new StringBuilder(String.format("ms/unit: 63 → %.1f, %,d → %.1f (%+.0f %%)", base,
                hundred.units, hundred.engineMillisPerUnit(), 100 * (hundred.engineMillisPerUnit() / base - 1)));
        boolean flat = Math.abs(hundred.engineMillisPerUnit() / base - 1) <= 0.25;
        if (big != null) {
            trend.append(String.format(", %,d → %.1f (%+.0f %%)", big.units, big.engineMillisPerUnit(),
                    100 * (big.engineMillisPerUnit() / base - 1)));
            flat &= Math.abs(big.engineMillisPerUnit() / base - 1) <= 0.25;
        }
        verdict("Time per unit flat (±25 %) from 9 × 7 to the largest run" + (big == null ? "" : " (" + n + " × 8)"), flat,
                trend.toString());
    }

    /** Our measured years and the plain runs made right after each of them. */
    private record Baseline(List<CycleRun.Stats> years, List<CycleRun.Stats> plains, Map<String, Long> shapes) {

        CycleRun.Stats median() {
            return NationalCycleBench.median(plains);
        }

        double medianRatio(ToDoubleFunction<CycleRun.Stats> measure) {
            List<Double> ratios = new ArrayList<>();
            for (int i = 0; i < years.size(); i++) {
                ratios.add(measure.applyAsDouble(years.get(i)) / measure.applyAsDouble(plains.get(i)));
            }
            return NationalCycleBench.median(ratios, Comparator.naturalOrder());
        }
    }

    private void baselineSection(CycleRun.Stats ours, Map<String, Long> ourShapes, Baseline baseline) {
        CycleRun.Stats p = baseline.median();
        Map<String, Long> plainShapes = baseline.shapes();
        double ratio = baseline.medianRatio(CycleRun.Stats::engineMillisPerCompletion);
        double cpuRatio = baseline.medianRatio(CycleRun.Stats::cpuMillisPerCompletion);
        double sqlRatio = ours.sqlPerCompletion() / p.sqlPerCompletion();
        md.append("| process | completions | engine s | completions/s | ms/completion | CPU ms/completion | SQL/completion |\n"
                + "|---|---:|---:|---:|---:|---:|---:|\n");
        md.append(String.format("| thi-dua, whole cycle 9 × 7 (warm, median year) | %,d | %.2f | %.1f | %.2f | %.2f | %.0f |%n", ours.completions,
                ours.engineSeconds(), ours.completionsPerSecond(), ours.engineMillisPerCompletion(), ours.cpuMillisPerCompletion(),
                ours.sqlPerCompletion()));
        md.append(String.format("| plain start → user task → end (median of " + YEAR_RUNS + " runs, each right after a measured year) | %,d | %.2f | %.1f | %.2f | %.2f | %.0f |%n", p.completions,
                p.engineSeconds(), p.completionsPerSecond(), p.engineMillisPerCompletion(), p.cpuMillisPerCompletion(),
                p.sqlPerCompletion()));
        md.append(String.format("| **ratio thi-dua / plain** (median of the %d year/plain pairs) | | | | **%.2f ×** | **%.2f ×** | **%.2f ×** |%n%n",
                YEAR_RUNS, ratio, cpuRatio, sqlRatio));
        StringBuilder pairs = new StringBuilder();
        for (int i = 0; i < baseline.years().size(); i++) {
            pairs.append(String.format("%s%.2f / %.2f ms", i == 0 ? "" : ", ", baseline.years().get(i).engineMillisPerCompletion(),
                    baseline.plains().get(i).engineMillisPerCompletion()));
        }
        md.append("Pairs (thi-dua / plain, ms per completion): ").append(pairs).append(".\n\n");
        verdict("Cost per completion ≤ 1.2 × plain Camunda's", ratio <= 1.2,
                String.format("%.2f × time, %.2f × CPU time, %.2f × SQL", ratio, cpuRatio, sqlRatio));
        md.append("\n");
        statementsTable(ourShapes, plainShapes, ours.completions, p.completions);
    }

    /** The run whose engine time is the median. */
    private static CycleRun.Stats median(List<CycleRun.Stats> runs) {
        return median(runs, Comparator.comparingLong(CycleRun.Stats::engineNanos));
    }

    /** The middle one in the given order (the upper middle of an even number). */
    private static <T> T median(List<T> values, Comparator<? super T> order) {
        List<T> sorted = new ArrayList<>(values);
        sorted.sort(order);
        return sorted.get(sorted.size() / 2);
    }

    /** Where the statements go: per completion, by kind and table, ours next to plain Camunda's. */
    private void statementsTable(Map<String, Long> ours, Map<String, Long> plain, long ourCompletions, long plainCompletions) {
        md.append("Statements per completion by kind and table (the 25 largest of the VUSTA year):\n\n");
        md.append("| statement | thi-dua | plain |\n|---|---:|---:|\n");
        ours.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(25)
                .forEach(e -> md.append(String.format("| `%s` | %.1f | %.1f |%n", e.getKey(), (double) e.getValue() / ourCompletions,
                        (double) plain.getOrDefault(e.getKey(), 0L) / plainCompletions)));
        md.append("\n");
    }

    private static Map<String, Long> difference(Map<String, Long> after, Map<String, Long> before) {
        Map<String, Long> result = new LinkedHashMap<>();
        after.forEach((shape, n) -> {
            long d = n - before.getOrDefault(shape, 0L);
            if (d > 0) {
                result.put(shape, d);
            }
        });
        return result;
    }

    private void taskLists(List<Integer> openYearList) throws Exception {
        HttpLoad http = new HttpLoad(port);
        String officer = members(SyntheticReference.EIGHT_MEMBER_CLUSTERS.get(0)).get(0);
        String group = "province-" + officer;
        long mine = taskService.createTaskQuery().taskCandidateGroup(group).count();
        JsonNode filters = json.readTree(http.get("/engine-rest/filter?resourceType=Task&name="
                + URLEncoder.encode(UNIT_TASKS_FILTER, StandardCharsets.UTF_8).replace("+", "%20"), officer, PASSWORD));
        String filterId = filters.get(0).get("id").asText();
        HttpLoad.Series byGroup = http.repeat(20, 200, v -> http.request("/engine-rest/task?candidateGroup=" + group, officer, PASSWORD)
                .header("Accept", "application/json").GET().build());
        HttpLoad.Series byFilter = http.repeat(20, 200, v -> http.request("/engine-rest/filter/" + filterId
                + "/list?firstResult=0&maxResults=15", officer, PASSWORD).header("Accept", "application/hal+json")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        md.append(String.format("Officer `%s` has %d of the open tasks.%n%n", officer, mine));
        md.append("| request | errors | p50 ms | p95 ms | p99 ms |\n|---|---:|---:|---:|---:|\n");
        md.append(String.format("| `GET /engine-rest/task?candidateGroup=%s` | %d | %.1f | %.1f | %.1f |%n", group,
                byGroup.errors(), byGroup.millis(0.5), byGroup.millis(0.95), byGroup.millis(0.99)));
        md.append(String.format("| `POST /engine-rest/filter/{id}/list` (\"%s\", hal+json, first 15, as Tasklist) | %d | %.1f | %.1f | %.1f |%n%n",
                UNIT_TASKS_FILTER, byFilter.errors(), byFilter.millis(0.5), byFilter.millis(0.95), byFilter.millis(0.99)));
        verdict("Task list p95 < 100 ms with 10,000 open tasks", byGroup.millis(0.95) < 100 && byFilter.millis(0.95) < 100
                && byGroup.errors() == 0 && byFilter.errors() == 0,
                String.format("candidateGroup %.1f ms, filter %.1f ms", byGroup.millis(0.95), byFilter.millis(0.95)));
        md.append("\n");
    }

    private HttpLoad.Series rush(List<String> officers, List<Integer> years) throws Exception {
        return rush(String.valueOf(officers.size()), tasks(officers, years));
    }

    /** Each officer's registration tasks of the given years. */
    private Map<String, List<String>> tasks(List<String> officers, List<Integer> years) {
        Map<String, List<String>> tasks = new LinkedHashMap<>();
        for (String officer : officers) {
            int cluster = reference.clusterOf(officer, LocalDate.of(2060, 1, 1)).orElseThrow();
            List<String> ids = new ArrayList<>();
            for (int y : years) {
                Task task = driver.task(new CycleRun.ClusterYear(cluster, y).key(), "Task_RegisterTargets", "province-" + officer);
                ids.add(task.getId());
            }
            tasks.put(officer, ids);
        }
        return tasks;
    }

    /**
     * Runs {@code work} with H2 writing commits to its file at most {@code millis} later (H2's {@code WRITE_DELAY},
     * 0 in this application so that a killed process loses no completed submission), then back to 0.
     */
    private <T> T withH2WriteDelay(int millis, Callable<T> work) throws Exception {
        jdbc.execute("SET WRITE_DELAY " + millis);
        try {
            return work.call();
        } finally {
            jdbc.execute("SET WRITE_DELAY 0");
        }
    }

    /** The same rush on plain Camunda's process: {@code each} tasks per officer, in the officer's candidate group. */
    private HttpLoad.Series plainRush(List<String> officers, int each) throws Exception {
        PlainBaseline plain = new PlainBaseline(repositoryService, runtimeService, taskService, driver);
        plain.deployForRush();
        return rush(officers.size() + ", plain Camunda", plain.openForRush(officers, each));
    }

    /**
     * The issue's own figure for plain Camunda on "this machine" (about 80 start + complete per second from one
     * keep-alive client, 150 from four, history full), measured again in this run: on a plain Camunda application as
     * the starters make it, started in this JVM for the measure, and on this application's engine (history audit,
     * authorization on, H2 writing each commit at once, then with H2's default write delay).
     */
    private String referenceMeasure() throws Exception {
        Path dataDir = Files.createTempDirectory("plain-camunda");
        HttpLoad.Series[] plainApp;
        try (ConfigurableApplicationContext plain = PlainCamundaApplication.start(dataDir)) {
            PlainBaseline.deployForReference(plain.getBean(ProcessEngine.class).getRepositoryService());
            HttpLoad http = new HttpLoad(((WebServerApplicationContext) plain).getWebServer().getPort());
            plainApp = startAndComplete(http, "/engine-rest/engine/" + PlainCamundaApplication.ENGINE);
        } finally {
            FileSystemUtils.deleteRecursively(dataDir);
        }
        PlainBaseline.deployForReference(repositoryService);
        HttpLoad http = new HttpLoad(port);
        HttpLoad.Series[] durable = startAndComplete(http, "/engine-rest");
        HttpLoad.Series[] delayed = withH2WriteDelay(H2_DEFAULT_WRITE_DELAY, () -> startAndComplete(http, "/engine-rest"));
        System.out.printf("bench: reference start+complete (1 / 4 clients): plain application %.1f / %.1f/s; thi-dua's engine "
                + "%.1f / %.1f/s, with WRITE_DELAY=%d %.1f / %.1f/s%n", plainApp[0].perSecond(), plainApp[1].perSecond(),
                durable[0].perSecond(), durable[1].perSecond(), H2_DEFAULT_WRITE_DELAY, delayed[0].perSecond(), delayed[1].perSecond());
        StringBuilder table = new StringBuilder("The issue's reference measure of plain Camunda (\"about 80 start+complete per second "
                + "from one keep-alive client and 150 per second from four\" on this machine, history `full`), taken again in "
                + "this run right after the measured years, before the scale runs: REST start + task query + complete of a "
                + "start → user task → end process without variables, after 200 warm-up iterations.\n\n"
                + "| engine | 1 client | 4 clients | errors |\n|---|---:|---:|---:|\n");
        referenceRow(table, "plain Camunda application as the starters make it (started in this JVM; REST without "
                + "authentication, history `full`, H2 with its defaults)", plainApp);
        referenceRow(table, "thi-dua's engine, as the admin (history `audit`, authorization on, H2 `WRITE_DELAY=0`)", durable);
        referenceRow(table, "thi-dua's engine, H2 `WRITE_DELAY=" + H2_DEFAULT_WRITE_DELAY + "` (H2's default, not durable)", delayed);
        return table.append("\n").toString();
    }

    private static void referenceRow(StringBuilder table, String engine, HttpLoad.Series[] series) {
        table.append(String.format("| %s | %.0f/s | %.0f/s | %d |%n", engine, series[0].perSecond(), series[1].perSecond(),
                series[0].errors() + series[1].errors()));
    }

    private static HttpLoad.Series[] startAndComplete(HttpLoad http, String restRoot) {
        http.startAndComplete(4, 50, restRoot, PlainBaseline.REFERENCE_KEY, "admin", PASSWORD);
        return new HttpLoad.Series[] {http.startAndComplete(1, 300, restRoot, PlainBaseline.REFERENCE_KEY, "admin", PASSWORD),
                http.startAndComplete(4, 150, restRoot, PlainBaseline.REFERENCE_KEY, "admin", PASSWORD)};
    }

    private HttpLoad.Series rush(String label, Map<String, List<String>> tasks) throws Exception {
        String body = registrationJson();
        long sql = SqlStatementCounter.statements();
        Map<String, Long> shapesBefore = SqlStatementCounter.byShape();
        HttpLoad.Series s = new HttpLoad(port).rush(tasks, PASSWORD, officer -> body);
        long statements = SqlStatementCounter.statements() - sql;
        difference(SqlStatementCounter.byShape(), shapesBefore).entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> System.out.printf("bench: rush %s: %5.2f × %s%n", label, (double) e.getValue() / s.requests(),
                        e.getKey()));
        md.append(String.format("| %s | %,d | %d | %.1f | %.1f | %.0f | %.0f | %.0f | %.0f |%n", label, s.requests(),
                s.errors(), s.seconds(), s.perSecond(), s.millis(0.5), s.millis(0.95), s.millis(0.99), s.millis(1.0)));
        System.out.printf("bench: rush %s: %d requests, %d errors, %.1f/s, %.0f SQL/request%n", label,
                s.requests(), s.errors(), s.perSecond(), (double) statements / s.requests());
        return s;
    }

    /** The registration form's values as Tasklist sends them to submit-form. */
    private String registrationJson() throws Exception {
        Map<String, Object> variables = new LinkedHashMap<>();
        CycleRun.registration(2).forEach((name, value) -> variables.put(name, Map.of("value", value,
                "type", value instanceof Long ? "Long" : value instanceof Boolean ? "Boolean" : "String")));
        return json.writeValueAsString(Map.of("variables", variables));
    }

    private void startup() {
        try {
            Optional<Path> jar = PackagedJarStartup.jar();
            if (jar.isEmpty()) {
                md.append("Not measured: no packaged jar in target/ (run `mvn -B -Pbench verify`, which packages first).\n");
                return;
            }
            md.append("| jar | start | JVM options | until /engine-rest/engine answers (median) | each start |"
                    + " Spring's \"Started in\" | RSS after start-up |\n|---|---|---|---:|---|---:|---:|\n");
            List<PackagedJarStartup.Mode> modes = List.of(PackagedJarStartup.Mode.values());
            List<List<String>> jvmOptions = List.of(List.<String>of(), List.of("-XX:TieredStopAtLevel=1"));
            Map<String, List<PackagedJarStartup.Result>> runs = new LinkedHashMap<>();
            // rounds, each starting every configuration once, so that a slow minute of the machine hits all of them
            for (int round = 0; round < Math.max(1, startupRuns); round++) {
                for (PackagedJarStartup.Mode mode : modes) {
                    for (List<String> options : jvmOptions) {
                        runs.computeIfAbsent(mode + " " + options, k -> new ArrayList<>())
                                .add(PackagedJarStartup.measure(jar.get(), mode, options));
                    }
                }
            }
            Map<PackagedJarStartup.Mode, PackagedJarStartup.Result> withDefaults = new LinkedHashMap<>();
            for (List<PackagedJarStartup.Result> results : runs.values()) {
                PackagedJarStartup.Result r = median(results, BY_START_TIME);
                if (r.jvmOptions().isEmpty()) {
                    withDefaults.put(r.mode(), r);
                }
                md.append(startupRow(r.mode().label, results));
            }
            md.append(restarts(jar.get()));
            md.append('\n');
            // a production node starts without demo data; the demo profile's seeding is reported on its own line
            withDefaults.forEach((mode, r) -> verdict("Packaged jar start-up < 15 s (" + mode.label + ", default JVM options)",
                    r.secondsUntilAnswer() < 15, String.format("%.1f s", r.secondsUntilAnswer())));
        } catch (Exception e) {
            md.append("Start-up not measured: " + e + "\n");
        }
    }

    /** A production node restarted on its database: created by one start, then started again as many times. */
    private String restarts(Path jar) throws Exception {
        Path dataDir = Files.createTempDirectory("thidua-bench-restart");
        try {
            PackagedJarStartup.measure(jar, PackagedJarStartup.Mode.PRODUCTION, List.of(), dataDir);
            List<PackagedJarStartup.Result> results = new ArrayList<>();
            for (int run = 0; run < Math.max(1, startupRuns); run++) {
                results.add(PackagedJarStartup.measure(jar, PackagedJarStartup.Mode.PRODUCTION, List.of(), dataDir));
            }
            return startupRow("production restart (existing database)", results);
        } finally {
            FileSystemUtils.deleteRecursively(dataDir);
        }
    }

    /** The start of the median time, on the row with every start's time. */
    private static String startupRow(String start, List<PackagedJarStartup.Result> results) {
        PackagedJarStartup.Result r = median(results, BY_START_TIME);
        String each = String.join(", ", results.stream().map(x -> String.format("%.1f", x.secondsUntilAnswer())).toList());
        return String.format("| %s | %s | %s | %.1f s | %s s | %s s | %,d MB |%n", r.jar().getFileName(), start,
                r.jvmOptions().isEmpty() ? "(default)" : String.join(" ", r.jvmOptions()), r.secondsUntilAnswer(), each,
                r.springSeconds(), r.rssKb() / 1024);
    }

    private static final Comparator<PackagedJarStartup.Result> BY_START_TIME =
            Comparator.comparingDouble(PackagedJarStartup.Result::secondsUntilAnswer);

    private List<String> members(int cluster) {
        return reference.membersOn(cluster, LocalDate.of(2000, 1, 1));
    }

    private void header() throws Exception {
        md.append("# thi-dua benchmark results\n\n");
        md.append("Run ").append(LocalDateTime.now().withNano(0)).append(" on ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores, Java ").append(System.getProperty("java.version")).append(", max heap ")
                .append(Runtime.getRuntime().maxMemory() >> 20).append(" MB; load average before the run: ")
                .append(Files.readString(Path.of("/proc/loadavg")).trim()).append("; history level ")
                .append(engine.getProcessEngineConfiguration().getHistory()).append("; file-based H2 (target/bench, WRITE_DELAY=0), job executor off (the bench runs the jobs).\n\n");
        md.append("Engine s = time inside the engine API (form submissions and jobs, as the job executor would run them); driver s = "
                + "the bench finding tasks and reading variables. SQL counted with datasource-proxy around the DataSource.\n");
    }

    private void section(String title) {
        md.append("\n## ").append(title).append("\n\n");
        System.out.println("bench: " + title);
    }

    private void verdict(String goal, boolean met, String measured) {
        md.append("- ").append(met ? "✅ " : "❌ ").append(goal).append(": ").append(measured).append('\n');
    }

    private void write() throws Exception {
        Path out = Path.of("target", "bench", "results.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md.toString());
        System.out.println();
        System.out.println(md);
        System.out.println("bench: written " + out.toAbsolutePath());
        assertThat(out).exists();
    }
}
