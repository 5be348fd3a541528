package vn.vusta.thidua.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Predicate;

/** The application as a separate operating-system process, for tests that kill it (kill -9) and start it again. */
public class AppProcess {

    private final List<String> command = new ArrayList<>();
    private final int port;
    private final Path log;
    private final HttpClient http = HttpClient.newHttpClient();
    private Process process;

    public AppProcess(Path dataDir, Path log, String... extraArgs) throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
        this.log = log;
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        // a short-lived application: the quick compiler only and the simple collector start it sooner on two cores
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("vn.vusta.thidua.ThiDuaApplication");
        command.add("--spring.profiles.active=demo");
        command.add("--server.port=" + port);
        command.add("--thidua.data-dir=" + dataDir);
        command.addAll(List.of(extraArgs));
    }

    public void start() throws Exception {
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        waitFor(() -> get("admin", "/engine-rest/engine").statusCode() == 200, Duration.ofSeconds(300), "application start");
    }

    /** SIGKILL: no shutdown hook, no flush, as a crashed machine. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    public HttpResponse<String> get(String user, String path) {
        return send(user, HttpRequest.newBuilder(uri(path)).GET());
    }

    public HttpResponse<String> post(String user, String path, String json) {
        return send(user, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public void waitFor(Check check, Duration timeout, String what) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException("application exited during " + what + "; see " + log);
            }
            try {
                if (check.ok()) {
                    return;
                }
            } catch (Exception notYet) {
                // not up yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("timed out waiting for " + what + "; see " + log);
    }

    public <T> Predicate<T> not(Predicate<T> p) {
        return p.negate();
    }

    private HttpResponse<String> send(String user, HttpRequest.Builder request) {
        String credentials = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        try {
            return http.send(request.header("Authorization", "Basic " + credentials).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
        }
    }

    @FunctionalInterface
    public interface Check {
        boolean ok() throws Exception;
    }

    public static File tempDir(String prefix) throws IOException {
        return java.nio.file.Files.createTempDirectory(prefix).toFile();
    }
}
