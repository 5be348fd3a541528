package vn.vusta.thidua.bench;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import vn.vusta.thidua.bench.Report.Part;

/**
 * What an officer waits for in Tasklist, in Debian's headless Chromium driven by Selenium as the browser tests do:
 * signing in until the first list is on the screen, choosing the unit's list until its tasks are on the screen,
 * opening a task until its form is shown, claiming it until the form can be typed in, and completing it until the
 * task has left the list. Each wait is timed inside the page ({@code performance.now()} from the click to the first
 * moment the condition holds, polled every 5 ms), so WebDriver's own round trips are not counted; a step is done
 * when the screen shows its result and AngularJS has no request in flight. Typing the form is not timed (that is the
 * officer's time, not the system's). One unmeasured round, then {@code runs} measured, each as another officer
 * with a fresh sign-in (the browser's cache stays warm, as an officer's does).
 */
final class OfficerInBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /**
     * Milliseconds of each step of each measured round; errors are rounds that did not finish; the requests the page
     * made from the sign-in click until the unit's list was rendered, per measured round.
     */
    record Result(List<long[]> rounds, int errors, String firstError, List<List<Request>> signInRequests) {

        static final String[] STEPS = {"sign in → first list", "choose unit's list → tasks shown", "open task → form shown",
            "claim → form usable", "complete → task gone from list"};

        double millis(int step, double quantile) {
            return quantile(rounds.stream().mapToLong(r -> r[step]).toArray(), quantile);
        }

        /** Sign-in until the unit's tasks are on the screen (the first two steps). */
        double listMillis(double quantile) {
            return quantile(rounds.stream().mapToLong(r -> r[0] + r[1]).toArray(), quantile);
        }

        /** Opening a task until its form can be typed in (open + claim). */
        double formMillis(double quantile) {
            return quantile(rounds.stream().mapToLong(r -> r[2] + r[3]).toArray(), quantile);
        }

        static double quantile(long[] values, double q) {
            if (values.length == 0) {
                return Double.NaN;
            }
            long[] sorted = values.clone();
            Arrays.sort(sorted);
            return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1))];
        }

        void report(Report report, String label, long openTasks) {
            report.table(Part.BROWSER, "| application | open tasks | rounds | errors | sign in → unit's list rendered p50 / p95 ms"
                    + " | open → form usable p50 / p95 ms | complete → list updated p50 / p95 ms | each step p50 / p95 ms |\n"
                    + "|---|---:|---:|---:|---:|---:|---:|---|");
            StringBuilder steps = new StringBuilder();
            for (int i = 0; i < STEPS.length; i++) {
                steps.append(i == 0 ? "" : "; ").append(STEPS[i]).append(String.format(" %.0f / %.0f", millis(i, 0.5), millis(i, 0.95)));
            }
            report.row(Part.BROWSER, String.format("| %s | %,d | %d | %d | %.0f / %.0f | %.0f / %.0f | %.0f / %.0f | %s |", label, openTasks,
                    rounds.size(), errors, listMillis(0.5), listMillis(0.95), formMillis(0.5), formMillis(0.95), millis(4, 0.5),
                    millis(4, 0.95), steps));
            if (firstError != null) {
                report.note(Part.BROWSER, label + ": first error: " + firstError);
            }
        }
    }

    /** How one Tasklist names its unit list and its users. */
    private record Site(int port, String unitFilter, String password) {
    }

    private final ChromeDriver driver;
    private final Path profile;
    private final Site site;

    private OfficerInBrowser(ChromeDriver driver, Path profile, Site site) {
        this.driver = driver;
        this.profile = profile;
        this.site = site;
    }

    static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** thi-dua's Tasklist: officers of units, their filter "Việc của đơn vị". */
    static Result thiDua(int port, List<String> officers, int runs) {
        return measure(new Site(port, "Việc của đơn vị", DatabaseSections.PASSWORD), officers, runs);
    }

    /** The plain application's Tasklist ({@code vn.vusta.plaincamunda.PlainTasklistSetup}). */
    static Result plain(int port, List<String> units, int runs) {
        return measure(new Site(port, "Việc của đơn vị", "demo"), units, runs);
    }

    private static Result measure(Site site, List<String> officers, int runs) {
        if (!installed()) {
            return new Result(List.of(), 1, "no " + CHROMIUM + " or " + CHROMEDRIVER, List.of());
        }
        List<long[]> rounds = new ArrayList<>();
        List<List<Request>> requests = new ArrayList<>();
        int errors = 0;
        String firstError = null;
        try (OfficerInBrowser browser = open(site)) {
            for (int round = 0; round <= runs; round++) {
                try {
                    List<Request> signIn = new ArrayList<>();
                    long[] steps = browser.round(officers.get(round % officers.size()), signIn);
                    if (round > 0) {
                        rounds.add(steps);
                        requests.add(signIn);
                    }
                    System.out.printf("bench: browser round %d on port %d: %s ms%n", round, site.port(), Arrays.toString(steps));
                } catch (RuntimeException e) {
                    browser.screenshot("browser-failure-" + site.port() + "-" + round);
                    errors++;
                    if (firstError == null) {
                        firstError = e.toString().lines().findFirst().orElse("?");
                    }
                    System.out.println("bench: browser round " + round + " failed: " + e);
                }
            }
        }
        return new Result(rounds, errors, firstError, requests);
    }

    private static OfficerInBrowser open(Site site) {
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        try {
            Path profile = Files.createTempDirectory("bench-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--lang=vi", "--window-size=1366,900", "--user-data-dir=" + profile);
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "vi"));
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort().withEnvironment(Map.of("TZ", "Asia/Ho_Chi_Minh")).build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
            return new OfficerInBrowser(driver, profile, site);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final String IDLE = """
            var ng = window.angular, el = document.querySelector('[ng-app],.ng-scope');
            var idle = true;
            if (ng && el) { try { idle = ng.element(el).injector().get('$http').pendingRequests.length === 0; } catch (e) {} }
            """;

    /** The tasks listed now (links of the list). */
    private static final String LIST = "document.querySelectorAll('ol.tasks-list h4 a')";

    /** One round as one officer; the five steps' milliseconds; the requests of the first two steps into {@code signIn}. */
    private long[] round(String officer, List<Request> signIn) {
        long[] steps = new long[5];
        // signed out as a closed browser tab would leave it: no session, nothing stored by the page
        driver.get("http://localhost:" + site.port() + "/camunda/app/welcome/default/");
        script("window.localStorage.clear(); window.sessionStorage.clear();");
        driver.manage().deleteAllCookies();
        driver.get("about:blank");
        driver.get("http://localhost:" + site.port() + "/camunda/app/tasklist/default/#/login");
        // the login view may still render and move the focus while keys arrive: type until both fields hold the text
        for (int attempt = 0; ; attempt++) {
            WebElement user = waitFor(By.cssSelector("input[ng-model=username]"));
            WebElement password = waitFor(By.cssSelector("input[ng-model=password]"));
            user.clear();
            user.sendKeys(officer);
            password.clear();
            password.sendKeys(site.password());
            if (officer.equals(user.getAttribute("value")) && site.password().equals(password.getAttribute("value"))) {
                break;
            }
            if (attempt == 5) {
                throw new IllegalStateException("the login form did not take the typed user and password");
            }
            sleep(200);
        }
        // 1. sign in: until the filters and the selected filter's list (or its "no tasks") are shown
        script("performance.setResourceTimingBufferSize(5000); performance.clearResourceTimings(); window.benchSignIn = performance.now();");
        steps[0] = timed("document.querySelector('button[type=submit]').click();",
                "!document.querySelector('input[ng-model=password]') && document.querySelector('.task-filter.active')"
                        + " && document.querySelector('[cam-tasks] li.task, [cam-tasks] .well')"
                        + " && !document.querySelector('[cam-tasks] .loader:not(.ng-hide)')");
        // 2. the unit's list (Tasklist opens the filter of highest priority, "Việc của tôi", first)
        String unitFilter = "Array.from(document.querySelectorAll('.task-filter h4 a')).find(a => a.textContent.trim().startsWith("
                + js(site.unitFilter()) + "))";
        steps[1] = timed(unitFilter + ".click();", "document.querySelector('.task-filter.active h4 a').textContent.trim().startsWith("
                + js(site.unitFilter()) + ") && " + LIST + ".length > 0 && !document.querySelector('[cam-tasks] .loader:not(.ng-hide)')");
        signIn.addAll(requestsSince("window.benchSignIn", steps[0] + steps[1]));
        // 3. open the first task: until its form is shown (form-js has rendered its fields)
        String taskHref = (String) script("return " + LIST + "[0].getAttribute('href');");
        steps[2] = timed(LIST + "[0].click();", "document.querySelector('.task-details') && document.querySelector('button.claim')"
                + " && document.querySelectorAll('.fjs-container input').length > 0");
        // 4. claim: until the form's fields can be typed in
        steps[3] = timed("document.querySelector('button.claim').click();", "!document.querySelector('button.claim')"
                + " && document.querySelectorAll('.fjs-container input:not([disabled])').length > 0");
        fill();
        // 5. complete: until the task has left the list
        steps[4] = timed("document.querySelector(\"button[ng-click='complete()']\").click();",
                "!Array.from(" + LIST + ").some(a => a.getAttribute('href') === " + js(taskHref) + ")"
                        + " && !document.querySelector(\"button[ng-click='complete()']\")");
        return steps;
    }

    /**
     * The requests the page made since the moment in {@code sinceVariable} (the sign-in click, roughly: the two steps
     * are timed from their clicks, the gap between them is WebDriver's round trip), as the browser's Resource Timing
     * saw them, ending no later than {@code untilMillis} after it.
     */
    @SuppressWarnings("unchecked")
    private List<Request> requestsSince(String sinceVariable, long untilMillis) {
        List<List<Object>> entries = (List<List<Object>>) script("var since = " + sinceVariable + ";"
                + " return performance.getEntriesByType('resource').filter(e => e.startTime >= since)"
                + ".map(e => [e.name, e.startTime - since, e.duration, e.transferSize, e.initiatorType]);");
        List<Request> requests = new ArrayList<>();
        for (List<Object> e : entries) {
            double start = ((Number) e.get(1)).doubleValue();
            if (start <= untilMillis) {
                requests.add(new Request(Request.shape((String) e.get(0), ((Number) e.get(3)).longValue(), (String) e.get(4)), start,
                        ((Number) e.get(2)).doubleValue()));
            }
        }
        return requests;
    }

    /** One request of the page: its shape (path with ids as {id}, without the query), start and duration in ms. */
    record Request(String shape, double start, double millis) {

        private static final Pattern ID = Pattern.compile("/[0-9a-f]{8}-[0-9a-f-]{27,}|/\\d[\\w-]*");

        static String shape(String url, long transferSize, String initiator) {
            String path = URI.create(url.replace(" ", "%20")).getRawPath();
            path = ID.matcher(path).replaceAll("/{id}").replaceFirst("/user/[^/]+/", "/user/{id}/");
            boolean engine = path.startsWith("/engine-rest") || path.startsWith("/camunda/api") || path.startsWith("/api");
            return (engine ? "" : "static ") + path + (transferSize == 0 && !"xmlhttprequest".equals(initiator)
                    && !"fetch".equals(initiator) ? " (browser cache)" : "");
        }
    }

    /**
     * Where the sign-in to the unit's list goes, ours next to plain Tasklist's: the requests by shape (count per
     * round, median duration), and per round the time some request was in flight against the time the browser worked
     * alone (scripts, rendering, timers).
     */
    static String signInRequests(String label, Result ours, Result plain) {
        Map<String, List<Double>> o = byShape(ours);
        Map<String, List<Double>> p = byShape(plain);
        java.util.Set<String> shapes = new java.util.TreeSet<>(o.keySet());
        shapes.addAll(p.keySet());
        StringBuilder t = new StringBuilder(label + ": what the page did from the sign-in click until the unit's list was rendered "
                + "(Resource Timing of Chromium, every measured round; \"in flight\" = some request was running, the rest of the two "
                + "steps the browser worked alone — scripts, AngularJS, rendering):\n\n"
                + "| | thi-dua | plain Tasklist |\n|---|---:|---:|\n");
        t.append(String.format("| sign in → unit's list, p50 ms | %.0f | %.0f |%n", ours.listMillis(0.5), plain.listMillis(0.5)));
        t.append(String.format("| requests per round | %.1f | %.1f |%n", perRound(ours), perRound(plain)));
        t.append(String.format("| some request in flight, p50 ms | %.0f | %.0f |%n", inFlight(ours), inFlight(plain)));
        t.append(String.format("| browser alone, p50 ms | %.0f | %.0f |%n%n", ours.listMillis(0.5) - inFlight(ours),
                plain.listMillis(0.5) - inFlight(plain)));
        t.append("| request (path; ids as {id}) | thi-dua per round | thi-dua p50 ms | plain per round | plain p50 ms |\n"
                + "|---|---:|---:|---:|---:|\n");
        shapes.stream().sorted(Comparator.comparingDouble((String k) -> -Math.max(total(o.get(k)), total(p.get(k))))).limit(25)
                .forEach(k -> t.append(String.format("| `%s` | %s | %s | %s | %s |%n", k, count(o.get(k), ours), median(o.get(k)),
                        count(p.get(k), plain), median(p.get(k)))));
        return t.toString();
    }

    private static Map<String, List<Double>> byShape(Result r) {
        Map<String, List<Double>> shapes = new java.util.HashMap<>();
        r.signInRequests().forEach(round -> round.forEach(q -> shapes.computeIfAbsent(q.shape(), k -> new ArrayList<>()).add(q.millis())));
        return shapes;
    }

    private static double perRound(Result r) {
        return r.signInRequests().isEmpty() ? 0 : r.signInRequests().stream().mapToInt(List::size).sum() / (double) r.signInRequests().size();
    }

    /** The median over the rounds of the time at least one request was in flight (the union of their intervals). */
    private static double inFlight(Result r) {
        long[] perRound = r.signInRequests().stream().mapToLong(round -> {
            List<Request> sorted = new ArrayList<>(round);
            sorted.sort(Comparator.comparingDouble(Request::start));
            double covered = 0;
            double end = -1;
            for (Request q : sorted) {
                double s = Math.max(q.start(), end);
                double e = q.start() + q.millis();
                if (e > s) {
                    covered += e - s;
                }
                end = Math.max(end, e);
            }
            return Math.round(covered);
        }).toArray();
        return Result.quantile(perRound, 0.5);
    }

    private static double total(List<Double> values) {
        return values == null ? 0 : values.stream().mapToDouble(Double::doubleValue).sum();
    }

    private static String count(List<Double> values, Result r) {
        return values == null ? "—" : String.format("%.1f", values.size() / (double) Math.max(1, r.signInRequests().size()));
    }

    private static String median(List<Double> values) {
        return values == null ? "—" : String.format("%.0f", DatabaseSections.median(values, Comparator.naturalOrder()));
    }

    /** Types the registration form (the plain application deploys the same form): not timed. */
    private void fill() {
        for (int field = 1; field <= 8; field++) {
            type("Field_Target" + field, String.valueOf(10 + field));
            type("Field_TargetNote" + field, "Chỉ tiêu " + field);
        }
        WebElement covenant = waitFor(By.cssSelector(".fjs-container [id$='-Field_CovenantAccepted']"));
        if (!covenant.isSelected()) {
            script("arguments[0].scrollIntoView({block: 'center'});", covenant);
            covenant.click();
        }
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!Boolean.TRUE.equals(script("var b = document.querySelector(\"button[ng-click='complete()']\"); return !!b && !b.disabled;"))) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("Hoàn thành / Complete stayed disabled");
            }
            sleep(20);
        }
    }

    private void type(String fieldId, String value) {
        WebElement input = waitFor(By.cssSelector(".fjs-container [id$='-" + fieldId + "']"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value);
    }

    /**
     * Runs {@code action} in the page and waits there until {@code condition} holds and AngularJS is idle; the
     * milliseconds between the two, as the page's clock measured them.
     */
    private long timed(String action, String condition) {
        Object ms = ((JavascriptExecutor) driver).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var start = performance.now(), limit = start + 50000;
                function ready() {
                  try {
                """ + IDLE + """
                    return idle && !!(%s);
                  } catch (e) { return false; }
                }
                try { %s } catch (e) { done('action failed: ' + e); return; }
                (function poll() {
                  if (ready()) { done(performance.now() - start); return; }
                  if (performance.now() > limit) { done('timed out'); return; }
                  setTimeout(poll, 5);
                })();
                """.formatted(condition, action));
        if (!(ms instanceof Number n)) {
            throw new IllegalStateException(ms + " after " + action + " waiting for " + condition + " at " + driver.getCurrentUrl());
        }
        return Math.round(n.doubleValue());
    }

    private WebElement waitFor(By by) {
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            List<WebElement> found = driver.findElements(by);
            if (!found.isEmpty() && found.get(0).isDisplayed()) {
                return found.get(0);
            }
            if (System.nanoTime() > until) {
                throw new IllegalStateException("not shown: " + by + " at " + driver.getCurrentUrl());
            }
            sleep(20);
        }
    }

    /** The screen as it is, under target/bench, to see why a round failed. */
    private void screenshot(String name) {
        try {
            Files.write(BenchDatabase.DIRECTORY.resolve(name + ".png"), driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            System.out.println("bench: no screenshot: " + e);
        }
    }

    private Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    private static String js(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Closes Chromium and deletes its profile. */
    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException e) {
                // a temporary profile left behind is harmless
            }
        }
    }
}
