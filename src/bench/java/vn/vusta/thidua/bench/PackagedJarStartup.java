package vn.vusta.thidua.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Starts a packaged Spring Boot jar as a child process with the bench JVM's java, times it until
 * {@code /engine-rest/engine} answers 200 — thi-dua answers 503 until its start-up runners are done
 * ({@code system.StartupGate}), so "ready" includes them —, reads its resident memory ({@code VmRSS} of
 * {@code /proc/<pid>/status}) one second later, and stops it. {@code then}, if given, runs against the ready
 * application before it is stopped (the browser measure of the plain application's Tasklist).
 */
final class PackagedJarStartup {

    /** One way of starting a jar: its arguments and environment (the port is added), and how to ask if it is ready. */
    record Launch(String label, Path jar, List<String> jvmOptions, List<String> args, Map<String, String> environment,
            String readyUser, String readyPassword) {

        Launch withJvmOptions(List<String> options) {
            List<String> all = new ArrayList<>(jvmOptions);
            all.addAll(options);
            return new Launch(label, jar, all, args, environment, readyUser, readyPassword);
        }

        Launch withArgs(List<String> more) {
            List<String> all = new ArrayList<>(args);
            all.addAll(more);
            return new Launch(label, jar, jvmOptions, all, environment, readyUser, readyPassword);
        }
    }

    /** {@code rssAfterGcKb}: resident memory after a full collection ({@code jcmd GC.run}), -1 if jcmd failed. */
    record Result(Launch launch, double secondsUntilAnswer, String springSeconds, long rssKb, long rssAfterGcKb, Instant launched,
            Instant ready, Path log) {
    }

    /** What to do with the application once it is ready, before it is stopped. */
    interface WhileRunning {
        void run(int port) throws Exception;
    }

    static final String PRODUCTION_ADMIN_PASSWORD = "Thi-dua#LHHVN-2025";

    private static final Pattern STARTED = Pattern.compile("Started \\S+ in ([0-9.]+) seconds");

    private PackagedJarStartup() {
    }

    /** thi-dua's jar in target/, if the build packaged it. */
    static Optional<Path> jar() throws IOException {
        return find(Path.of("target"), "thi-dua-.*\\.jar");
    }

    /** The plain Camunda jar the bench profile builds from src/bench/plain-camunda. */
    static Optional<Path> plainJar() throws IOException {
        return find(Path.of("target", "plain-camunda"), "plain-camunda\\.jar");
    }

    private static Optional<Path> find(Path dir, String name) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().matches(name)).findFirst();
        }
    }

    /** thi-dua as production starts it on H2: no profile, the administrator from {@code THIDUA_ADMIN_PASSWORD}. */
    static Launch thiDuaOnH2(Path jar, Path dataDir, boolean demo) {
        List<String> args = new ArrayList<>(List.of("--thidua.data-dir=" + dataDir));
        if (demo) {
            args.add("--spring.profiles.active=demo");
        }
        return new Launch(demo ? "thi-dua, demo profile" : "thi-dua, production", jar, List.of(), args,
                demo ? Map.of() : production(), "admin", demo ? "demo" : PRODUCTION_ADMIN_PASSWORD);
    }

    /** thi-dua as production starts it on PostgreSQL: profile {@code postgres}, the database from the environment. */
    static Launch thiDuaOnPostgres(Path jar, Path dataDir, vn.vusta.thidua.support.EmbeddedPostgres.Database database) {
        Map<String, String> env = new LinkedHashMap<>(production());
        env.put("SPRING_PROFILES_ACTIVE", "postgres");
        env.put("THIDUA_DB_URL", database.url());
        env.put("THIDUA_DB_USER", database.user());
        env.put("THIDUA_DB_PASSWORD", database.password());
        return new Launch("thi-dua, production", jar, List.of(), List.of("--thidua.data-dir=" + dataDir), env, "admin",
                PRODUCTION_ADMIN_PASSWORD);
    }

    /** The plain application on an H2 file (H2's defaults), as the starters make it. */
    static Launch plainOnH2(Path jar, Path dataDir) {
        return new Launch("plain Camunda", jar, List.of(), List.of("--spring.datasource.url=jdbc:h2:file:"
                + dataDir.resolve("plain").toAbsolutePath()), Map.of(), null, null);
    }

    static Launch plainOnPostgres(Path jar, vn.vusta.thidua.support.EmbeddedPostgres.Database database) {
        return new Launch("plain Camunda", jar, List.of(), List.of("--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.user(), "--spring.datasource.password=" + database.password()),
                Map.of(), null, null);
    }

    private static Map<String, String> production() {
        return Map.of("THIDUA_ADMIN_PASSWORD", PRODUCTION_ADMIN_PASSWORD, "THIDUA_SECURE_COOKIES", "false");
    }

    private static long rssKb(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                .map(l -> l.replaceAll("\\D", "")).mapToLong(Long::parseLong).findFirst().orElse(-1);
    }

    static Result measure(Launch launch, Path logDir) throws Exception {
        return measure(launch, logDir, null);
    }

    static Result measure(Launch launch, Path logDir, WhileRunning then) throws Exception {
        Files.createDirectories(logDir);
        Path log = Files.createTempFile(logDir, "app-", ".log");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(launch.jvmOptions());
        command.addAll(List.of("-jar", launch.jar().toAbsolutePath().toString(), "--server.port=" + port));
        command.addAll(launch.args());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("SPRING_PROFILES_ACTIVE");
        builder.environment().putAll(launch.environment());
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest.Builder engine = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/engine"))
                .timeout(Duration.ofSeconds(2)).GET();
        if (launch.readyUser() != null) {
            engine.header("Authorization", HttpLoad.basic(launch.readyUser(), launch.readyPassword()));
        }
        long start = System.nanoTime();
        Instant launched = Instant.now();
        Process app = builder.start();
        try {
            double seconds = -1;
            while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(180) && app.isAlive()) {
                try {
                    if (http.send(engine.build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        seconds = (System.nanoTime() - start) / 1e9;
                        break;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(50);
            }
            Instant ready = Instant.now();
            if (seconds < 0) {
                throw new IllegalStateException(launch.label() + " did not answer within 180 s; see " + log);
            }
            Thread.sleep(1000);
            long rss = rssKb(app.pid());
            // the heap the JVM happens to hold 1 s after ready depends on when its last collection ran: after a full
            // collection (G1 then gives unused heap back) the figure is what the application keeps
            long rssAfterGc = -1;
            Path jcmd = Path.of(java).resolveSibling("jcmd");
            if (Files.isExecutable(jcmd)) {
                Process gc = new ProcessBuilder(jcmd.toString(), String.valueOf(app.pid()), "GC.run").redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (gc.waitFor(60, TimeUnit.SECONDS) && gc.exitValue() == 0) {
                    Thread.sleep(1000);
                    rssAfterGc = rssKb(app.pid());
                }
            }
            if (then != null) {
                then.run(port);
            }
            Matcher started = STARTED.matcher(Files.readString(log));
            return new Result(launch, seconds, started.find() ? started.group(1) : "?", rss, rssAfterGc, launched, ready, log);
        } finally {
            app.destroy();
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
    }
}
