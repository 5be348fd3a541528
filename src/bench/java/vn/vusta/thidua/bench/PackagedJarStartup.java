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
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.util.FileSystemUtils;

/**
 * Starts the packaged jar (built by {@code mvn -Pbench verify} before the bench runs) as a child process on a fresh
 * H2 file database, with the demo profile (demo users and cycles) or as production starts (no profile, the
 * administrator from {@code THIDUA_ADMIN_PASSWORD}), times it until {@code /engine-rest/engine} answers 200 (the
 * application answers 503 until its start-up runners are done), reads its resident memory from
 * {@code /proc/<pid>/status}, and stops it. The JVM runs with its default flags unless {@code jvmOptions} are given.
 */
final class PackagedJarStartup {

    /** How the jar is started. */
    enum Mode {
        DEMO("demo profile"), PRODUCTION("production (no profile)");

        final String label;

        Mode(String label) {
            this.label = label;
        }
    }

    record Result(Path jar, Mode mode, List<String> jvmOptions, double secondsUntilAnswer, String springSeconds,
            long rssKb) {
    }

    static final String PRODUCTION_ADMIN_PASSWORD = "Thi-dua#LHHVN-2025";

    private static final Pattern STARTED = Pattern.compile("Started \\S+ in ([0-9.]+) seconds");

    static Optional<Path> jar() throws IOException {
        Path target = Path.of("target");
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().matches("thi-dua-.*\\.jar")).findFirst();
        }
    }

    static Result measure(Path jar) throws Exception {
        return measure(jar, Mode.DEMO, List.of());
    }

    /** A first start: a new, empty data directory (the database is created), deleted afterwards. */
    static Result measure(Path jar, Mode mode, List<String> jvmOptions) throws Exception {
        Path dataDir = Files.createTempDirectory("thidua-bench-startup");
        try {
            return measure(jar, mode, jvmOptions, dataDir);
        } finally {
            FileSystemUtils.deleteRecursively(dataDir);
        }
    }

    /** A start on the given data directory: a restart when an earlier start left its database there. */
    static Result measure(Path jar, Mode mode, List<String> jvmOptions, Path dataDir) throws Exception {
        Path log = dataDir.resolve("app.log");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new java.util.ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "--thidua.data-dir=" + dataDir,
                "--server.port=" + port));
        if (mode == Mode.DEMO) {
            command.add("--spring.profiles.active=demo");
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("SPRING_PROFILES_ACTIVE");
        if (mode == Mode.PRODUCTION) {
            builder.environment().put("THIDUA_ADMIN_PASSWORD", PRODUCTION_ADMIN_PASSWORD);
            builder.environment().put("THIDUA_SECURE_COOKIES", "false");
        }
        String password = mode == Mode.DEMO ? "demo" : PRODUCTION_ADMIN_PASSWORD;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest engine = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/engine"))
                .timeout(Duration.ofSeconds(2)).header("Authorization", HttpLoad.basic("admin", password)).GET().build();
        long start = System.nanoTime();
        Process app = builder.start();
        try {
            double seconds = -1;
            while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(120) && app.isAlive()) {
                try {
                    if (http.send(engine, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        seconds = (System.nanoTime() - start) / 1e9;
                        break;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(100);
            }
            if (seconds < 0) {
                throw new IllegalStateException("the packaged jar did not answer within 120 s; see " + log);
            }
            Thread.sleep(1000);
            long rss = Files.readAllLines(Path.of("/proc/" + app.pid() + "/status")).stream()
                    .filter(l -> l.startsWith("VmRSS:")).map(l -> l.replaceAll("\\D", ""))
                    .mapToLong(Long::parseLong).findFirst().orElse(-1);
            Matcher started = STARTED.matcher(Files.readString(log));
            return new Result(jar, mode, jvmOptions, seconds, started.find() ? started.group(1) : "?", rss);
        } finally {
            app.destroy();
            if (!app.waitFor(30, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
    }
}
