package vn.vusta.thidua.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;

/** HTTP load on the running application: concurrent officers completing tasks, and repeated reads of task lists. */
final class HttpLoad {

    /**
     * Latencies of one series of requests, with its errors (any non-2xx answer or I/O failure) and the CPU time the
     * virtual users' threads used (0 where not measured).
     */
    record Series(int requests, int errors, String firstError, double seconds, long[] nanos, long clientCpuNanos) {

        double perSecond() {
            return (requests - errors) / seconds;
        }

        double millis(double quantile) {
            if (nanos.length == 0) {
                return Double.NaN;
            }
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            int i = (int) Math.ceil(quantile * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    HttpLoad(int port) {
        this.base = "http://localhost:" + port;
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * One virtual user per officer, all starting together on one keep-alive client pool: each submits, one after
     * the other, the form of each of its tasks with HTTP Basic as itself.
     */
    Series rush(Map<String, List<String>> tasksByOfficer, String password, Function<String, String> body) {
        List<List<Iteration>> users = new ArrayList<>();
        for (Map.Entry<String, List<String>> officer : tasksByOfficer.entrySet()) {
            String auth = basic(officer.getKey(), password);
            users.add(officer.getValue().stream().<Iteration>map(taskId -> () -> send(HttpRequest.newBuilder(
                    URI.create(base + "/engine-rest/task/" + taskId + "/submit-form")).timeout(Duration.ofSeconds(120))
                    .header("Authorization", auth).header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.apply(officer.getKey()))).build())).toList());
        }
        return together(users);
    }

    /**
     * The reference measure of plain Camunda: {@code clients} keep-alive clients, each {@code each} times
     * starting an instance of {@code key}, finding its task and completing it, without variables, through the REST
     * API under {@code restRoot}; one iteration is one start + complete.
     */
    Series startAndComplete(int clients, int each, String restRoot, String key, String user, String password) {
        String auth = basic(user, password);
        Iteration startAndComplete = () -> {
            String instance = JSON.readTree(send(post(restRoot + "/process-definition/key/" + key + "/start", auth))).get("id").asText();
            String task = JSON.readTree(send(request(restRoot + "/task?processInstanceId=" + instance, auth).GET().build()))
                    .get(0).get("id").asText();
            send(post(restRoot + "/task/" + task + "/complete", auth));
        };
        List<List<Iteration>> users = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            users.add(Collections.nCopies(each, startAndComplete));
        }
        return together(users);
    }

    /** One HTTP exchange or a few, timed as one; any exception counts as an error. */
    private interface Iteration {
        void run() throws Exception;
    }

    /** One thread per user, all released together; each runs its iterations one after the other. */
    private Series together(List<List<Iteration>> users) {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger requests = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        // CPU of the virtual users' own threads, so that the application's share of this JVM's CPU can be told apart
        java.util.concurrent.atomic.AtomicLong clientCpu = new java.util.concurrent.atomic.AtomicLong();
        CountDownLatch ready = new CountDownLatch(users.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (List<Iteration> iterations : users) {
            Thread thread = new Thread(() -> {
                ready.countDown();
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (Iteration iteration : iterations) {
                    timed(iteration, latencies, errors, firstError);
                    requests.incrementAndGet();
                }
                clientCpu.addAndGet(java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
            }, "bench-user-" + threads.size());
            threads.add(thread);
            thread.start();
        }
        long start;
        try {
            ready.await();
            start = System.nanoTime();
            go.countDown();
            for (Thread thread : threads) {
                thread.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Series(requests.get(), errors.get(), firstError.get(), seconds,
                latencies.stream().mapToLong(Long::longValue).toArray(), clientCpu.get());
    }

    /** The same request {@code times} times in a row (after {@code warmUp} unmeasured ones). */
    Series repeat(int warmUp, int times, Function<Void, HttpRequest> request) {
        List<Long> latencies = new ArrayList<>();
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        for (int i = 0; i < warmUp; i++) {
            timed(() -> send(request.apply(null)), new ArrayList<>(), new AtomicInteger(), new AtomicReference<>());
        }
        long start = System.nanoTime();
        for (int i = 0; i < times; i++) {
            timed(() -> send(request.apply(null)), latencies, errors, firstError);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Series(times, errors.get(), firstError.get(), seconds, latencies.stream().mapToLong(Long::longValue).toArray(), 0);
    }

    HttpRequest.Builder request(String path, String user, String password) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", basic(user, password));
    }

    String get(String path, String user, String password) throws Exception {
        return send(request(path, user, password).header("Accept", "application/json").GET().build());
    }

    private HttpRequest.Builder request(String path, String auth) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120)).header("Authorization", auth)
                .header("Accept", "application/json");
    }

    private HttpRequest post(String path, String auth) {
        return request(path, auth).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build();
    }

    /** The answer's body; a non-2xx answer is an error. */
    private String send(HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(request.method() + " " + request.uri().getPath() + " → " + response.statusCode()
                    + " " + abbreviate(response.body()));
        }
        return response.body();
    }

    private static void timed(Iteration iteration, List<Long> latencies, AtomicInteger errors, AtomicReference<String> firstError) {
        long t = System.nanoTime();
        try {
            iteration.run();
        } catch (Exception e) {
            errors.incrementAndGet();
            firstError.compareAndSet(null, e instanceof IllegalStateException ? e.getMessage() : e.toString());
        } finally {
            latencies.add(System.nanoTime() - t);
        }
    }

    private static String abbreviate(String s) {
        return s == null || s.length() < 300 ? s : s.substring(0, 300) + "…";
    }
}
