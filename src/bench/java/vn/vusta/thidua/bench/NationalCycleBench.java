package vn.vusta.thidua.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import vn.vusta.thidua.bench.Report.Part;
import vn.vusta.thidua.support.EmbeddedPostgres.Database;

/**
 * The benchmark (issues 8 and 22), on H2 and on PostgreSQL side by side: whole national cycles at three sizes next to
 * plain Camunda on the same engine and database; the task list, the officer in Chromium and the deadline rush with
 * about 10,000 open tasks, next to plain Camunda (the same rush on the same server; the plain application's
 * Tasklist with the same form and as many open tasks); start-up and memory of the packaged jar against a plain
 * Camunda jar built the same way, with a profile of the difference. Not part of the normal test run:
 * {@code mvn -B -Pbench verify}; what runs and how large: {@link BenchSettings}. Writes {@code target/bench/results.md}.
 *
 * <p>Each database kind gets its own application context in this JVM, started for its sections and closed before
 * the next, so that the two never compete for the two cores; the plain jar and the packaged jar run as child
 * processes while no context is open.
 */
class NationalCycleBench {

    private final BenchSettings settings = BenchSettings.fromSystemProperties();
    private final Report report = new Report();

    @Test
    void onH2AndPostgresNextToPlainCamunda() throws Exception {
        long benchStart = System.nanoTime();
        header();
        Optional<Path> jar = PackagedJarStartup.jar();
        Optional<Path> plainJar = PackagedJarStartup.plainJar();
        StartupComparison startup = jar.isPresent() && plainJar.isPresent()
                ? new StartupComparison(report, settings, jar.get(), plainJar.get()) : null;
        try {
            // in the order given (-Dbench.databases=postgres,h2 measures PostgreSQL first); the start-up profile on the
            // last database whose sections include the start-up
            List<String> databases = settings.databases();
            String lastStartup = databases.stream().filter(d -> settings.forDatabase(d).runs("startup")).reduce((a, b) -> b).orElse(null);
            for (String database : databases) {
                boolean last = database.equals(lastStartup);
                BenchSettings on = settings.forDatabase(database);
                boolean inApplication = on.runs("year") || on.runs("open");
                if ("h2".equals(database)) {
                    if (inApplication) {
                        DatabaseSections h2;
                        try (BenchApp app = BenchApp.onH2()) {
                            h2 = new DatabaseSections(app, report, on);
                            h2.run();
                        }
                        plainTasklist(on, BenchApp.Kind.H2, null, plainJar, h2);
                    }
                    if (on.runs("startup") && startup != null) {
                        startup.run(BenchApp.Kind.H2, null, last);
                    }
                } else if ("postgres".equals(database)) {
                    try (BenchPostgres postgres = BenchPostgres.start()) {
                        if (inApplication) {
                            DatabaseSections pg;
                            try (BenchApp app = BenchApp.onPostgres(postgres, "thidua_bench")) {
                                pg = new DatabaseSections(app, report, on);
                                pg.run();
                            }
                            plainTasklist(on, BenchApp.Kind.POSTGRES, postgres, plainJar, pg);
                        }
                        if (on.runs("startup") && startup != null) {
                            startup.run(BenchApp.Kind.POSTGRES, postgres, last);
                        }
                    }
                } else {
                    throw new IllegalArgumentException("bench.databases: unknown database " + database + " (h2, postgres)");
                }
            }
            if (settings.runs("startup") && startup == null) {
                report.note(Part.STARTUP, "Not measured: no packaged jar in target/ or target/plain-camunda/ (run `mvn -B -Pbench verify`, "
                        + "which packages both first).");
            }
        } finally {
            report.header().append(String.format("%nLoad average at the end: %s. Bench total: %.0f s.%n",
                    DatabaseSections.loadAverage(), (System.nanoTime() - benchStart) / 1e9));
            SqlStatementCounter.commitCallers().entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                    .limit(40).forEach(e -> System.out.printf("bench: commits %,8d × %s%n", e.getValue(), e.getKey()));
            Path out = report.write();
            System.out.println();
            System.out.println(report.markdown());
            System.out.println("bench: written " + out.toAbsolutePath());
            assertThat(out).exists();
        }
    }

    /**
     * The plain application's Tasklist in the same browser measure: its jar started with the officers, the same form
     * and as many open tasks as thi-dua had, on the same database kind, while no other application runs.
     */
    private void plainTasklist(BenchSettings settings, BenchApp.Kind kind, BenchPostgres postgres, Optional<Path> plainJar,
            DatabaseSections ours) throws Exception {
        if (!settings.runs("browser") || !settings.runs("open") || ours.browser == null) {
            return;
        }
        if (plainJar.isEmpty()) {
            report.note(Part.BROWSER, "Plain Tasklist not measured: no target/plain-camunda/plain-camunda.jar (run `mvn -B -Pbench verify`).");
            return;
        }
        int units = 640;
        long openTasks = ours.openTasks;
        Path dataDir = Files.createTempDirectory("bench-plain-tasklist");
        PackagedJarStartup.Launch launch;
        if (postgres == null) {
            launch = PackagedJarStartup.plainOnH2(plainJar.get(), dataDir);
        } else {
            Database database = postgres.database("plain_tasklist");
            launch = PackagedJarStartup.plainOnPostgres(plainJar.get(), database);
        }
        launch = launch.withArgs(List.of("--camunda.bpm.authorization.enabled=true", "--camunda.bpm.admin-user.id=admin",
                "--camunda.bpm.admin-user.password=demo", "--plaincamunda.units=" + units,
                "--plaincamunda.open-tasks=" + openTasks, "--plaincamunda.form=" + Path.of("forms", "register-targets.form").toAbsolutePath()));
        List<String> officers = IntStream.rangeClosed(units - 9, units).mapToObj(n -> String.format("unit%04d", n)).toList();
        OfficerInBrowser.Result[] result = new OfficerInBrowser.Result[1];
        try {
            PackagedJarStartup.measure(launch, BenchDatabase.DIRECTORY.resolve("startup"), port -> {
                awaitTasks(port, openTasks);
                result[0] = OfficerInBrowser.plain(port, officers, settings.browserRuns());
            });
        } finally {
            org.springframework.util.FileSystemUtils.deleteRecursively(dataDir);
        }
        result[0].report(report, kind.label + " · plain Camunda (same form, authorization on)", openTasks);
        double ratio = ours.browser.listMillis(0.5) / result[0].listMillis(0.5);
        report.verdict(Part.BROWSER, kind.label + ": the unit's task list rendered within 1.5 × plain Tasklist's time", ratio <= 1.5,
                String.format("%.2f × (p50 %.0f ms against %.0f ms; p95 %.0f against %.0f ms)", ratio, ours.browser.listMillis(0.5),
                        result[0].listMillis(0.5), ours.browser.listMillis(0.95), result[0].listMillis(0.95)));
        report.verdict(Part.BROWSER, kind.label + ": the unit's task list rendered under one second at p95", ours.browser.listMillis(0.95) < 1000,
                String.format("p95 %.0f ms", ours.browser.listMillis(0.95)));
        report.note(Part.BROWSER, OfficerInBrowser.signInRequests(kind.label, ours.browser, result[0]));
    }

    /** Waits until the plain application's set-up has opened all its tasks. */
    private static void awaitTasks(int port, long expected) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < until) {
            HttpResponse<String> count = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/task/count"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            if (count.statusCode() == 200 && count.body().matches(".*\"count\"\\s*:\\s*" + expected + "\\b.*")) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the plain application did not open " + expected + " tasks within 10 minutes");
    }

    private void header() throws Exception {
        StringBuilder h = report.header();
        h.append("# thi-dua benchmark results\n\n");
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.replaceFirst(".*:\\s*", "")).orElse("?");
        long memMb = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .findFirst().map(l -> Long.parseLong(l.replaceAll("\\D", "")) >> 10).orElse(-1L);
        h.append("Run ").append(LocalDateTime.now().withNano(0)).append(" on ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores (").append(cpu).append("), ").append(String.format("%,d", memMb)).append(" MB of memory, Java ")
                .append(System.getProperty("java.version")).append(", bench heap ").append(Runtime.getRuntime().maxMemory() >> 20)
                .append(" MB; load average before the run: ").append(DatabaseSections.loadAverage())
                .append("; settings: ").append(settings).append(settings.databases().stream()
                        .filter(d -> !settings.forDatabase(d).sections().equals(settings.sections()))
                        .map(d -> ", sections on " + d + ": " + settings.forDatabase(d).sections()).reduce("", String::concat))
                .append(". The job executor is off in the bench's application (the bench "
                        + "runs the jobs as it would).\n\n");
        h.append("Engine s = time inside the engine API (form submissions and jobs); driver s = the bench finding tasks and "
                + "reading variables. SQL = statements the application sent, counted with datasource-proxy around the DataSource; "
                + "server statements = `pg_stat_statements` calls in the application's database (transaction control apart), "
                + "server commits = `pg_stat_database.xact_commit` (PostgreSQL only).\n\n");
    }
}
