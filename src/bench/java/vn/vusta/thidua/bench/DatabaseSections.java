package vn.vusta.thidua.bench;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.vusta.plaincamunda.PlainCamundaApplication;
import vn.vusta.thidua.bench.Report.Part;
import vn.vusta.thidua.cycle.CycleStarter;
import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.support.CycleDriver;

/**
 * The sections that run inside one application on one database kind: whole cycles at three sizes next to plain
 * Camunda on the same engine, the task list and the deadline rush with about 10,000 open tasks next to plain
 * Camunda under the same rush, and the officer in the browser. Every table row starts with the database's name, so
 * that the report shows H2 and PostgreSQL side by side.
 */
final class DatabaseSections {

    static final String PASSWORD = "demo";
    private static final com.sun.management.OperatingSystemMXBean JVM =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    private static final String UNIT_TASKS_FILTER = "Việc của đơn vị";
    private static final int H2_DEFAULT_WRITE_DELAY = 500;

    private final BenchApp app;
    private final Report report;
    private final BenchSettings settings;
    private final String db;
    private final ProcessEngine engine;
    private final CycleStarter starter;
    private final CycleDriver driver;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final RepositoryService repositoryService;
    private final ReferenceData reference;
    private final SyntheticReference synthetic;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json = new ObjectMapper();

    /** What the goals of issue 22 are judged on, for the caller. */
    CycleRun.Stats year;
    Baseline baseline;
    HttpLoad.Series rush63;
    HttpLoad.Series plain63;
    HttpLoad.Series rush630;
    OfficerInBrowser.Result browser;
    long openTasks;

    DatabaseSections(BenchApp app, Report report, BenchSettings settings) {
        this.app = app;
        this.report = report;
        this.settings = settings;
        this.db = app.label();
        this.engine = app.bean(ProcessEngine.class);
        this.starter = app.bean(CycleStarter.class);
        this.driver = app.bean(CycleDriver.class);
        this.runtimeService = app.bean(RuntimeService.class);
        this.taskService = app.bean(TaskService.class);
        this.repositoryService = app.bean(RepositoryService.class);
        this.reference = app.bean(ReferenceData.class);
        this.synthetic = app.bean(SyntheticReference.class);
        this.jdbc = app.bean(JdbcTemplate.class);
    }

    void run() throws Exception {
        report.header().append(String.format("- **%s**: history level `%s`, %s; load average at its start: %s%n", db,
                engine.getProcessEngineConfiguration().getHistory(), app.isPostgres()
                        ? "profile `postgres` (pool of 10), the bench's PostgreSQL server: " + app.postgres().durability()
                        : "file-based H2 in target/bench (`WRITE_DELAY=0`, as production's H2)", loadAverage()));
        try {
            if (settings.runs("year")) {
                cyclesAndBaseline();
            }
            if (settings.runs("open")) {
                openTasksTaskListBrowserAndRush();
            }
        } finally {
            CycleDriver.resetClock();
        }
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "n/a";
        }
    }

    // ------------------------------------------------------------------ 1, 2, 5: whole cycles and plain Camunda

    private void cyclesAndBaseline() throws Exception {
        report.table(Part.CYCLES, "| run | cycles | units | completions | jobs | engine s | engine CPU s | CPU stolen | completions/s"
                + " | ms/unit | ms/completion | SQL/completion | commits/completion | server statements/completion"
                + " | server commits/completion | driver s | wall s |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        synthetic.importHeads(SyntheticReference.SEVEN_MEMBER_CLUSTERS, List.of(2029), this::members);
        CycleRun.Stats cold = cycles("9 × 7, first cycles (a cold JVM on the first database)", SyntheticReference.SEVEN_MEMBER_CLUSTERS, 2029, 9);
        // 2030 is opened by each 2029 council with the elected head; the JIT keeps compiling for about two years of
        // cycles, so warm-up years come first; the median measured year stands for "a VUSTA year"
        for (int run = 1; run <= settings.yearWarmups(); run++) {
            cycles("9 × 7 — warm-up year " + run, SyntheticReference.SEVEN_MEMBER_CLUSTERS, 2029 + run, 9);
        }
        int firstYear = 2030 + settings.yearWarmups();
        // plain Camunda runs right after each measured year, in the same engine and database, so that a machine that
        // slows down for a minute slows both sides of one ratio (and before the scale runs, which grow the database)
        PlainBaseline plain = new PlainBaseline(repositoryService, runtimeService, taskService, driver);
        String plainOfficer = members(11).get(0);
        plain.deploy(plainOfficer);
        plain.run(600, plainOfficer, 0);
        Map<String, Long> yearShapes = null;
        Map<String, Long> plainShapes = null;
        List<CycleRun.Stats> years = new ArrayList<>();
        List<CycleRun.Stats> plains = new ArrayList<>();
        for (int run = 1; run <= settings.yearRuns(); run++) {
            Map<String, Long> before = SqlStatementCounter.byShape();
            years.add(cycles("9 × 7 — one VUSTA year, run " + run, SyntheticReference.SEVEN_MEMBER_CLUSTERS, firstYear + run - 1, 9));
            Map<String, Long> between = SqlStatementCounter.byShape();
            int completions = (int) years.get(run - 1).completions;
            int offset = 1000 * run;
            plains.add(withServerCounters(() -> plain.run(completions, plainOfficer, offset)));
            if (run == 1) {
                yearShapes = difference(between, before);
                plainShapes = difference(SqlStatementCounter.byShape(), between);
            }
        }
        year = median(years);
        report.row(Part.CYCLES, String.format("| **%s · 9 × 7 — one VUSTA year: median of the %d runs (run %d)** | | | | | **%.1f** | **%.1f** | "
                + "| **%.1f** | **%.1f** | **%.1f** | **%.0f** | **%.2f** | %s | | |", db, years.size(), years.indexOf(year) + 1, year.engineSeconds(),
                year.cpuSeconds(), year.completionsPerSecond(), year.engineMillisPerUnit(), year.engineMillisPerCompletion(),
                year.sqlPerCompletion(), year.commitsPerCompletion(), year.serverPerCompletion()));
        baseline = new Baseline(years, plains, plainShapes);
        String plainReference = app.isPostgres() ? null : referenceMeasure();
        if (settings.runs("scale")) {
            synthetic.importHeads(SyntheticReference.EIGHT_MEMBER_CLUSTERS, List.of(2032), this::members);
            CycleRun.Stats middle = cycles(settings.middle() + " × 8", SyntheticReference.EIGHT_MEMBER_CLUSTERS, 2032, settings.middle());
            int n = largestFitting(middle);
            CycleRun.Stats big = null;
            if (n > 0) {
                synthetic.importHeads(SyntheticReference.EIGHT_MEMBER_CLUSTERS, List.of(2035), this::members);
                big = cycles(n + " × 8", SyntheticReference.EIGHT_MEMBER_CLUSTERS, 2035, n);
            }
            scaleVerdict(cold, year, middle, n, big);
            if (app.isPostgres()) {
                report.note(Part.CYCLES, String.format("%s: the database took %,d MB after the scale runs.", db,
                        app.postgres().sizeMb(app.databaseName())));
            }
        } else {
            report.note(Part.CYCLES, db + ": scale runs skipped (bench.sections=" + settings.sections() + ").");
        }
        baselineSection(yearShapes);
        if (plainReference != null) {
            report.note(Part.BASELINE, plainReference);
        }
    }

    private CycleRun.Stats cycles(String label, List<Integer> clusters, int firstYear, int count) {
        List<CycleRun.ClusterYear> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(new CycleRun.ClusterYear(clusters.get(i % clusters.size()), firstYear + i / clusters.size()));
        }
        StolenCpu before = StolenCpu.now();
        CycleRun.Stats s = withServerCounters(() -> new CycleRun(starter, driver, runtimeService, taskService).run(list));
        String stolen = StolenCpu.now().since(before);
        report.row(Part.CYCLES, String.format("| %s · %s | %d | %,d | %,d | %,d | %.1f | %.1f | %s | %.1f | %.1f | %.1f | %.0f | %.2f | %s | %.1f | %.1f |",
                db, label, s.cycles, s.units, s.completions, s.jobs, s.engineSeconds(), s.cpuSeconds(), stolen,
                s.completionsPerSecond(), s.engineMillisPerUnit(), s.engineMillisPerCompletion(), s.sqlPerCompletion(),
                s.commitsPerCompletion(), s.serverPerCompletion(), s.driverNanos / 1e9, s.wallNanos / 1e9));
        return s;
    }

    /** Runs {@code work} between two readings of the server's counters (PostgreSQL) and keeps their difference. */
    private CycleRun.Stats withServerCounters(Supplier<CycleRun.Stats> work) {
        BenchPostgres.Counters before = app.serverCounters();
        long cpuBefore = app.isPostgres() ? app.postgres().cpuMillis() : -1;
        CycleRun.Stats stats = work.get();
        long cpuAfter = app.isPostgres() ? app.postgres().cpuMillis() : -1;
        BenchPostgres.Counters after = app.serverCounters();
        stats.server = before == null ? null : after.minus(before);
        stats.serverCpuMillis = cpuBefore < 0 || cpuAfter < 0 ? -1 : cpuAfter - cpuBefore;
        return stats;
    }

    /** The largest cluster-year count (of 8 units) whose projected engine time fits the budget. */
    private int largestFitting(CycleRun.Stats middle) {
        double msPerUnit = middle.engineMillisPerUnit();
        int largest = settings.largest();
        for (int n : new int[] {largest, 600, 400, 300, 200}) {
            if (n <= largest && n > settings.middle() && n * 8 * msPerUnit / 1000 <= settings.scaleBudgetSeconds()) {
                if (n < largest) {
                    report.note(Part.CYCLES, String.format("%s: %d × 8 not run: projected %.0f s of engine time (%.1f ms/unit) exceeds "
                            + "the budget of %d s (`bench.scaleBudgetSeconds`); the largest run that fits is %d × 8.", db, largest,
                            largest * 8 * msPerUnit / 1000, msPerUnit, settings.scaleBudgetSeconds(), n));
                }
                return n;
            }
        }
        report.note(Part.CYCLES, String.format("%s: no larger run: even 200 × 8 would exceed the budget of %d s.", db,
                settings.scaleBudgetSeconds()));
        return 0;
    }

    private void scaleVerdict(CycleRun.Stats cold, CycleRun.Stats year, CycleRun.Stats middle, int n, CycleRun.Stats big) {
        report.verdict(Part.CYCLES, db + ": full VUSTA year (63 units, every phase) under 10 s of engine time", year.engineSeconds() < 10,
                String.format("%.1f s warm (CPU %.1f s), %.1f s cold", year.engineSeconds(), year.cpuSeconds(), cold.engineSeconds()));
        double base = year.engineMillisPerUnit();
        StringBuilder trend = new StringBuilder(String.format("ms/unit: 63 → %.1f, %,d → %.1f (%+.0f %%)", base,
                middle.units, middle.engineMillisPerUnit(), 100 * (middle.engineMillisPerUnit() / base - 1)));
        boolean flat = Math.abs(middle.engineMillisPerUnit() / base - 1) <= 0.25;
        if (big != null) {
            trend.append(String.format(", %,d → %.1f (%+.0f %%)", big.units, big.engineMillisPerUnit(),
                    100 * (big.engineMillisPerUnit() / base - 1)));
            flat &= Math.abs(big.engineMillisPerUnit() / base - 1) <= 0.25;
        }
        report.verdict(Part.CYCLES, db + ": time per unit flat (±25 %) from 9 × 7 to the largest run" + (big == null ? "" : " (" + n + " × 8)"),
                flat, trend.toString());
    }

    /** Our measured years and the plain runs made right after each of them. */
    record Baseline(List<CycleRun.Stats> years, List<CycleRun.Stats> plains, Map<String, Long> shapes) {

        CycleRun.Stats median() {
            return DatabaseSections.median(plains);
        }

        double medianRatio(ToDoubleFunction<CycleRun.Stats> measure) {
            List<Double> ratios = new ArrayList<>();
            for (int i = 0; i < years.size(); i++) {
                ratios.add(measure.applyAsDouble(years.get(i)) / measure.applyAsDouble(plains.get(i)));
            }
            return DatabaseSections.median(ratios, Comparator.naturalOrder());
        }

        double timeRatio() {
            return medianRatio(CycleRun.Stats::engineMillisPerCompletion);
        }
    }

    private void baselineSection(Map<String, Long> ourShapes) {
        CycleRun.Stats ours = year;
        CycleRun.Stats p = baseline.median();
        double ratio = baseline.timeRatio();
        double cpuRatio = baseline.medianRatio(CycleRun.Stats::cpuMillisPerCompletion);
        double sqlRatio = ours.sqlPerCompletion() / p.sqlPerCompletion();
        double commitRatio = ours.commitsPerCompletion() / p.commitsPerCompletion();
        report.table(Part.BASELINE, "| database | process | completions | engine s | completions/s | ms/completion | CPU ms/completion"
                + " | SQL/completion | commits/completion | server statements/completion | server commits/completion |\n"
                + "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        report.row(Part.BASELINE, String.format("| %s | thi-dua, whole cycle 9 × 7 (warm, median year) | %,d | %.2f | %.1f | %.2f | %.2f | %.0f | %.2f | %s |",
                db, ours.completions, ours.engineSeconds(), ours.completionsPerSecond(), ours.engineMillisPerCompletion(),
                ours.cpuMillisPerCompletion(), ours.sqlPerCompletion(), ours.commitsPerCompletion(), ours.serverPerCompletion()));
        report.row(Part.BASELINE, String.format("| %s | plain start → user task → end (median of %d runs, each right after a measured year) "
                + "| %,d | %.2f | %.1f | %.2f | %.2f | %.0f | %.2f | %s |", db, baseline.plains().size(), p.completions, p.engineSeconds(),
                p.completionsPerSecond(), p.engineMillisPerCompletion(), p.cpuMillisPerCompletion(), p.sqlPerCompletion(),
                p.commitsPerCompletion(), p.serverPerCompletion()));
        String serverRatio = ours.server == null || p.server == null ? "— | —" : String.format("**%.2f ×** | **%.2f ×**",
                ((double) ours.server.statements() / ours.completions) / ((double) p.server.statements() / p.completions),
                ((double) ours.server.commits() / ours.completions) / ((double) p.server.commits() / p.completions));
        report.row(Part.BASELINE, String.format("| %s | **ratio thi-dua / plain** (median of the %d year/plain pairs) | | | | **%.2f ×** | **%.2f ×** "
                + "| **%.2f ×** | **%.2f ×** | %s |", db, baseline.years().size(), ratio, cpuRatio, sqlRatio, commitRatio, serverRatio));
        StringBuilder pairs = new StringBuilder();
        for (int i = 0; i < baseline.years().size(); i++) {
            pairs.append(String.format("%s%.2f / %.2f ms", i == 0 ? "" : ", ", baseline.years().get(i).engineMillisPerCompletion(),
                    baseline.plains().get(i).engineMillisPerCompletion()));
        }
        report.note(Part.BASELINE, db + ": pairs (thi-dua / plain, ms per completion): " + pairs + ".");
        if (app.isPostgres() && ours.serverCpuMillis >= 0 && p.serverCpuMillis >= 0) {
            double o = (double) ours.serverCpuMillis / ours.completions;
            double q = (double) p.serverCpuMillis / p.completions;
            report.note(Part.BASELINE, String.format("%s: where a completion's time goes (median year and median plain run; ms per "
                    + "completion): engine time %.1f against %.1f, of it the application thread's CPU %.1f against %.1f; the database "
                    + "server's CPU (every backend and background process, the driver's lookups included) %.1f against %.1f (%.2f ×); "
                    + "the rest of the engine time — waiting for the server's answers, for each commit's WAL flush, or for a CPU "
                    + "— %.1f against %.1f.", db, ours.engineMillisPerCompletion(), p.engineMillisPerCompletion(),
                    ours.cpuMillisPerCompletion(), p.cpuMillisPerCompletion(), o, q, o / q,
                    ours.engineMillisPerCompletion() - ours.cpuMillisPerCompletion(), p.engineMillisPerCompletion() - p.cpuMillisPerCompletion()));
        }
        if (app.isPostgres()) {
            report.verdict(Part.BASELINE, db + ": whole cycle, cost per completion ≤ 1.1 × plain Camunda on the same server", ratio <= 1.1,
                    String.format("%.2f × time, %.2f × CPU time, %.2f × SQL, %.2f × commits", ratio, cpuRatio, sqlRatio, commitRatio));
        } else {
            report.verdict(Part.BASELINE, db + ": cost per completion ≤ 1.2 × plain Camunda's (issue 8)", ratio <= 1.2,
                    String.format("%.2f × time, %.2f × CPU time, %.2f × SQL", ratio, cpuRatio, sqlRatio));
        }
        statementsTable(ourShapes, baseline.shapes(), ours.completions, p.completions);
    }

    /** The run whose engine time is the median. */
    static CycleRun.Stats median(List<CycleRun.Stats> runs) {
        return median(runs, Comparator.comparingLong(CycleRun.Stats::engineNanos));
    }

    /** The middle one in the given order (the upper middle of an even number). */
    static <T> T median(List<T> values, Comparator<? super T> order) {
        List<T> sorted = new ArrayList<>(values);
        sorted.sort(order);
        return sorted.get(sorted.size() / 2);
    }

    /** Where the statements go: per completion, by kind and table, ours next to plain Camunda's. */
    private void statementsTable(Map<String, Long> ours, Map<String, Long> plain, long ourCompletions, long plainCompletions) {
        StringBuilder t = new StringBuilder(db + ": statements per completion by kind and table (the 15 largest of the VUSTA year):\n\n"
                + "| statement | thi-dua | plain |\n|---|---:|---:|\n");
        ours.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(15)
                .forEach(e -> t.append(String.format("| `%s` | %.1f | %.1f |%n", e.getKey(), (double) e.getValue() / ourCompletions,
                        (double) plain.getOrDefault(e.getKey(), 0L) / plainCompletions)));
        report.note(Part.BASELINE, t.toString());
    }

    static Map<String, Long> difference(Map<String, Long> after, Map<String, Long> before) {
        Map<String, Long> result = new LinkedHashMap<>();
        after.forEach((shape, n) -> {
            long d = n - before.getOrDefault(shape, 0L);
            if (d > 0) {
                result.put(shape, d);
            }
        });
        return result;
    }

    /**
     * The issue's own figure for plain Camunda on "this machine" (about 80 start + complete per second from one
     * keep-alive client, 150 from four, history full), measured again on H2: on a plain Camunda application as the
     * starters make it, started in this JVM for the measure, and on this application's engine (history audit,
     * authorization on, H2 writing each commit at once, then with H2's default write delay).
     */
    private String referenceMeasure() throws Exception {
        Path dataDir = Files.createTempDirectory("plain-camunda");
        HttpLoad.Series[] plainApp;
        try (ConfigurableApplicationContext plain = PlainCamundaApplication.startForReference(dataDir)) {
            PlainBaseline.deployForReference(plain.getBean(ProcessEngine.class).getRepositoryService());
            HttpLoad http = new HttpLoad(((WebServerApplicationContext) plain).getWebServer().getPort());
            plainApp = startAndComplete(http, "/engine-rest/engine/" + PlainCamundaApplication.ENGINE);
        } finally {
            FileSystemUtils.deleteRecursively(dataDir);
        }
        PlainBaseline.deployForReference(repositoryService);
        HttpLoad http = new HttpLoad(app.port());
        HttpLoad.Series[] durable = startAndComplete(http, "/engine-rest");
        HttpLoad.Series[] delayed = withLazyCommits(() -> startAndComplete(http, "/engine-rest"));
        StringBuilder table = new StringBuilder(db + ": the issue-8 reference measure of plain Camunda (\"about 80 start+complete per "
                + "second from one keep-alive client and 150 per second from four\" on this machine, history `full`), taken again "
                + "right after the measured years: REST start + task query + complete of a start → user task → end process "
                + "without variables, after 200 warm-up iterations.\n\n| engine | 1 client | 4 clients | errors |\n|---|---:|---:|---:|\n");
        referenceRow(table, "plain Camunda application as the starters make it (started in this JVM; REST without "
                + "authentication, history `full`, H2 with its defaults)", plainApp);
        referenceRow(table, "thi-dua's engine, as the admin (history `audit`, authorization on, H2 `WRITE_DELAY=0`)", durable);
        referenceRow(table, "thi-dua's engine, H2 `WRITE_DELAY=" + H2_DEFAULT_WRITE_DELAY + "` (H2's default, not durable)", delayed);
        return table.toString();
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

    // ------------------------------------------------------------------ 3, 4, 7: open tasks, task list, browser, rush

    private void openTasksTaskListBrowserAndRush() throws Exception {
        // 80 clusters × 8 units × openYears registrations
        List<Integer> openYearList = IntStream.range(2060, 2060 + settings.openYears()).boxed().toList();
        synthetic.importHeads(SyntheticReference.EIGHT_MEMBER_CLUSTERS, openYearList, this::members);
        List<CycleRun.ClusterYear> open = new ArrayList<>();
        for (int y : openYearList) {
            SyntheticReference.EIGHT_MEMBER_CLUSTERS.forEach(c -> open.add(new CycleRun.ClusterYear(c, y)));
        }
        CycleRun.Stats opened = new CycleRun(starter, driver, runtimeService, taskService).open(open);
        openTasks = taskService.createTaskQuery().count();
        String settled = "";
        if (app.isPostgres()) {
            // a deadline comes weeks after the tasks were opened: autovacuum has analysed the tables by then, and
            // the checkpoint after the bulk of writes is done (without this, both land in the middle of the rush)
            settled = String.format(" Then `VACUUM (ANALYZE)` and `CHECKPOINT` in %.1f s, as weeks of an idle database would "
                    + "have done before the deadline; the database holds %,d MB.", app.postgres().settle(app.databaseName()),
                    app.postgres().sizeMb(app.databaseName()));
        }
        report.note(Part.OPEN, String.format("%s: opened %d cycles up to registration in %.1f s (engine %.1f s, %.1f ms per cycle); "
                + "open tasks in the database: **%,d**.%s", db, opened.cycles, opened.wallNanos / 1e9, opened.jobNanos / 1e9,
                opened.jobNanos / 1e6 / opened.cycles, openTasks, settled));

        taskLists(openTasks);

        List<String> officers = new ArrayList<>();
        SyntheticReference.EIGHT_MEMBER_CLUSTERS.forEach(c -> officers.addAll(members(c)));
        if (settings.runs("browser")) {
            // the officers no rush takes (the rushes take the first 630), with every task still open
            browser = OfficerInBrowser.thiDua(app.port(), officers.subList(630, officers.size()), settings.browserRuns());
            browser.report(report, db + " · thi-dua", openTasks);
        }

        report.table(Part.RUSH, "| run | clients | completions | errors | s | completions/s | p50 ms | p95 ms | p99 ms | max ms"
                + " | SQL/request | commits/request | server statements/request | server commits/request"
                + " | application CPU ms/request | database server CPU ms/request |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        // 63 clients take up to 8 of the open years, 630 clients the years after (at least the last one)
        int split = Math.max(1, Math.min(8, settings.openYears() - 2));
        rush63 = rush("thi-dua", officers.subList(0, 63), tasks(officers.subList(0, 63), openYearList.subList(0, split)));
        plain63 = plainRush(officers.subList(0, 63), split);
        rush630 = rush("thi-dua", officers.subList(0, 630), tasks(officers.subList(0, 630),
                openYearList.subList(split, Math.min(split + 2, settings.openYears()))));
        HttpLoad.Series lazy = null;
        if (split + 2 < settings.openYears()) {
            // the years no rush took yet: what the same rush does when the database does not write each commit at once
            List<Integer> left = openYearList.subList(split + 2, settings.openYears());
            lazy = withLazyCommits(() -> rush("thi-dua, " + lazyCommits() + " (not durable)", officers.subList(0, 63),
                    tasks(officers.subList(0, 63), left)));
        }
        report.note(Part.RUSH, String.format("%s: plain Camunda under the same rush (the same 63 officers, request and body, on the "
                + "plain process's tasks, right after ours): thi-dua %.1f/s against plain %.1f/s, **%.2f ×** plain's throughput; p95 %.0f "
                + "against %.0f ms%s.", db, rush63.perSecond(), plain63.perSecond(), rush63.perSecond() / plain63.perSecond(),
                rush63.millis(0.95), plain63.millis(0.95), lazy == null ? "" : String.format("; with %s %.1f/s, p95 %.0f ms",
                        lazyCommits(), lazy.perSecond(), lazy.millis(0.95))));
        rushVerdicts();
    }

    private void rushVerdicts() {
        String errors = rush63.errors() + " and " + rush630.errors() + " errors"
                + (rush63.firstError() != null ? "; first at 63: " + rush63.firstError() : "")
                + (rush630.firstError() != null ? "; first at 630: " + rush630.firstError() : "");
        report.verdict(Part.RUSH, db + ": rush, zero errors at 63 and 630 clients", rush63.errors() == 0 && rush630.errors() == 0, errors);
        if (app.isPostgres()) {
            report.verdict(Part.RUSH, db + ": rush at 63, at least plain Camunda's throughput under the same rush",
                    rush63.perSecond() >= plain63.perSecond(), String.format("%.1f/s against %.1f/s (%.2f ×)", rush63.perSecond(),
                            plain63.perSecond(), rush63.perSecond() / plain63.perSecond()));
        }
        report.verdict(Part.RUSH, db + ": rush at 63, ≥ 150 completions/s", rush63.perSecond() >= 150, String.format("%.0f/s", rush63.perSecond()));
        report.verdict(Part.RUSH, db + ": rush at 63, p95 < 500 ms", rush63.millis(0.95) < 500, String.format("%.0f ms", rush63.millis(0.95)));
    }

    private void taskLists(long openTasks) throws Exception {
        HttpLoad http = new HttpLoad(app.port());
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
        // Tasklist's own body (camunda-tasklist-bootstrap.js, 7.24): its default sorting and active tasks only
        HttpLoad.Series asTasklist = http.repeat(20, 200, v -> http.request("/engine-rest/filter/" + filterId
                + "/list?firstResult=0&maxResults=15", officer, PASSWORD).header("Accept", "application/hal+json")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true}")).build());
        report.table(Part.TASK_LIST, "| database | open tasks | request | errors | p50 ms | p95 ms | p99 ms |\n|---|---:|---|---:|---:|---:|---:|");
        report.row(Part.TASK_LIST, String.format("| %s | %,d | `GET /engine-rest/task?candidateGroup=…` (%d tasks of officer `%s`) | %d | %.1f | %.1f | %.1f |",
                db, openTasks, mine, officer, byGroup.errors(), byGroup.millis(0.5), byGroup.millis(0.95), byGroup.millis(0.99)));
        report.row(Part.TASK_LIST, String.format("| %s | %,d | `POST /engine-rest/filter/{id}/list` (\"%s\", hal+json, first 15, as Tasklist) | %d | %.1f | %.1f | %.1f |",
                db, openTasks, UNIT_TASKS_FILTER, byFilter.errors(), byFilter.millis(0.5), byFilter.millis(0.95), byFilter.millis(0.99)));
        report.row(Part.TASK_LIST, String.format("| %s | %,d | the same with Tasklist's body (`sorting` created desc, `active`) | %d | %.1f | %.1f | %.1f |",
                db, openTasks, asTasklist.errors(), asTasklist.millis(0.5), asTasklist.millis(0.95), asTasklist.millis(0.99)));
        report.verdict(Part.TASK_LIST, db + ": task list p95 < 100 ms with 10,000 open tasks", byGroup.millis(0.95) < 100
                && byFilter.millis(0.95) < 100 && byGroup.errors() == 0 && byFilter.errors() == 0,
                String.format("candidateGroup %.1f ms, filter %.1f ms", byGroup.millis(0.95), byFilter.millis(0.95)));
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

    private String lazyCommits() {
        return app.isPostgres() ? "PostgreSQL `synchronous_commit=off`" : "H2 `WRITE_DELAY=" + H2_DEFAULT_WRITE_DELAY + "` (H2's default)";
    }

    /**
     * Runs {@code work} with the database answering a commit before it is on disk, then durable again: H2's
     * {@code WRITE_DELAY} (0 in this application so that a killed process loses no completed submission), or
     * PostgreSQL's {@code synchronous_commit} for the application's database (new connections take it).
     */
    private <T> T withLazyCommits(Callable<T> work) throws Exception {
        if (app.isPostgres()) {
            jdbc.execute("ALTER DATABASE " + app.databaseName() + " SET synchronous_commit = off");
            app.serverCounters();
        } else {
            jdbc.execute("SET WRITE_DELAY " + H2_DEFAULT_WRITE_DELAY);
        }
        try {
            return work.call();
        } finally {
            if (app.isPostgres()) {
                jdbc.execute("ALTER DATABASE " + app.databaseName() + " RESET synchronous_commit");
                app.serverCounters();
            } else {
                jdbc.execute("SET WRITE_DELAY 0");
            }
        }
    }

    /** The same rush on plain Camunda's process: {@code each} tasks per officer, in the officer's candidate group. */
    private HttpLoad.Series plainRush(List<String> officers, int each) throws Exception {
        PlainBaseline plain = new PlainBaseline(repositoryService, runtimeService, taskService, driver);
        plain.deployForRush();
        return rush("plain Camunda (start → user task → end)", officers, plain.openForRush(officers, each));
    }

    private HttpLoad.Series rush(String label, List<String> officers, Map<String, List<String>> tasks) throws Exception {
        String body = registrationJson();
        // every officer signed in shortly before, as one working in Tasklist is: the rush measures submissions, not
        // first logins (a remembered HTTP Basic login lasts 30 s, docs/security.md)
        HttpLoad http = new HttpLoad(app.port());
        for (String officer : tasks.keySet()) {
            http.get("/engine-rest/task/count?candidateGroup=province-" + officer, officer, PASSWORD);
        }
        BenchPostgres.Counters serverBefore = app.serverCounters();
        long jvmCpu = JVM.getProcessCpuTime();
        long dbCpu = app.isPostgres() ? app.postgres().cpuMillis() : 0;
        long sql = SqlStatementCounter.statements();
        long commitsBefore = SqlStatementCounter.commits();
        Map<String, Long> shapesBefore = SqlStatementCounter.byShape();
        HttpLoad.Series s = http.rush(tasks, PASSWORD, officer -> body);
        long statements = SqlStatementCounter.statements() - sql;
        long commits = SqlStatementCounter.commits() - commitsBefore;
        // the application's CPU: this JVM's, less the virtual users' threads (the H2 database runs inside it)
        double appCpu = (JVM.getProcessCpuTime() - jvmCpu - s.clientCpuNanos()) / 1e6 / s.requests();
        String serverCpu = app.isPostgres() ? String.format("%.1f", (app.postgres().cpuMillis() - dbCpu) / (double) s.requests()) : "(in the JVM)";
        BenchPostgres.Counters server = serverBefore == null ? null : app.serverCounters().minus(serverBefore);
        difference(SqlStatementCounter.byShape(), shapesBefore).entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(20)
                .forEach(e -> System.out.printf("bench: %s rush %s: %5.2f × %s%n", db, label, (double) e.getValue() / s.requests(),
                        e.getKey()));
        report.row(Part.RUSH, String.format("| %s · %s | %d | %,d | %d | %.1f | %.1f | %.0f | %.0f | %.0f | %.0f | %.0f | %.2f | %s | %.1f | %s |", db, label,
                officers.size(), s.requests(), s.errors(), s.seconds(), s.perSecond(), s.millis(0.5), s.millis(0.95), s.millis(0.99),
                s.millis(1.0), (double) statements / s.requests(), (double) commits / s.requests(), server == null ? "— | —" : String.format("%.0f | %.2f",
                        (double) server.statements() / s.requests(), (double) server.commits() / s.requests()), appCpu, serverCpu));
        return s;
    }

    /** The registration form's values as Tasklist sends them to submit-form. */
    private String registrationJson() throws Exception {
        Map<String, Object> variables = new LinkedHashMap<>();
        CycleRun.registration(2).forEach((name, value) -> variables.put(name, Map.of("value", value,
                "type", value instanceof Long ? "Long" : value instanceof Boolean ? "Boolean" : "String")));
        return json.writeValueAsString(Map.of("variables", variables));
    }

    List<String> members(int cluster) {
        return reference.membersOn(cluster, LocalDate.of(2000, 1, 1));
    }
}
