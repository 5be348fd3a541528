package vn.vusta.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium in Vietnamese with a fresh profile: numbered PNG screenshots of every screen under
 * {@code target/screenshots/<scenario>/}, and the console read after each step, failing on a JavaScript error
 * (see {@link ConsoleNoise} for the few messages that are not ours to fix).
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(20);
    /** How often a wait looks again (Selenium's default is 500 ms, most of which would be idle). */
    private static final Duration POLL = Duration.ofMillis(50);

    private final ChromeDriver driver;
    private final String root;
    private final Path shots;
    private final Path profile;
    private final List<String> console = new ArrayList<>();
    private final List<String> expected = new ArrayList<>();
    private int shot;

    private Browser(ChromeDriver driver, String root, Path shots, Path profile) {
        this.driver = driver;
        this.root = root;
        this.shots = shots;
        this.profile = profile;
    }

    /** Skips the calling test, with the reason, on a machine without Debian's chromium and chromedriver. */
    static void assumeInstalled() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests skipped: " + CHROMIUM + " or " + CHROMEDRIVER
                        + " is missing (apt-get install -y chromium chromium-driver)");
    }

    /** Starts Chromium for one scenario; its screenshots go to {@code target/screenshots/<scenario>/}. */
    static Browser open(int port, String scenario) {
        assumeInstalled();
        // never let Selenium Manager look for or download a driver or a browser: both paths are given
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        try {
            Path profile = Files.createTempDirectory("thidua-chromium-");
            Path shots = Files.createDirectories(SCREENSHOTS.resolve(scenario));
            try (var old = Files.list(shots)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--lang=vi", "--window-size=1366,900",
                    "--user-data-dir=" + profile);
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "vi"));
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                    // the officers' time zone, so that Tasklist shows times as they see them
                    .withEnvironment(Map.of("TZ", "Asia/Ho_Chi_Minh")).build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return new Browser(driver, "http://localhost:" + port, shots, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    WebDriver driver() {
        return driver;
    }

    void go(String path) {
        driver.get(root + path);
    }

    WebElement waitFor(By by) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    WebElement waitForText(String cssSelector, String text) {
        By by = By.xpath(xpathContaining(cssSelector, text));
        return waitFor(by);
    }

    /** The elements matching the CSS tag/selector shape given as {@code tag} whose text contains {@code text}. */
    static String xpathContaining(String tag, String text) {
        return "//" + tag + "[contains(normalize-space(.), " + literal(text) + ")]";
    }

    static String literal(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }

    /**
     * Waits until the condition holds. An element that form-js or AngularJS replaced while the condition read it
     * (stale) makes the condition be read again on the new page, as a person's eyes would.
     */
    void until(java.util.function.Function<WebDriver, Boolean> condition) {
        waiting().until(condition::apply);
    }

    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, WAIT, POLL);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** The visible text of the page. */
    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Saves the screen as {@code NN-name.png} and checks the console; returns the file. */
    Path screenshot(String name) {
        settle();
        File png = driver.getScreenshotAs(OutputType.FILE);
        Path target = shots.resolve(String.format("%02d-%s.png", ++shot, name));
        try {
            Files.copy(png.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertNoJavaScriptErrors();
        return target;
    }

    /**
     * Waits until the page is at rest: loaded, no HTTP request of AngularJS pending, no animation or transition
     * running (the fade-in of lists and notifications), nothing in the page changed for {@value #QUIET_MS} ms and no
     * key typed or field left for {@value #TYPING_QUIET_MS} ms — form-js 1.8.7 re-renders the form 300 ms after a
     * number field is left. A page observer records the last change; it is installed on the first look at a page.
     */
    void settle() {
        until(d -> Boolean.TRUE.equals(script(AT_REST, QUIET_MS, TYPING_QUIET_MS)));
    }

    private static final int QUIET_MS = 150;
    private static final int TYPING_QUIET_MS = 400;
    private static final String AT_REST = """
            if (document.readyState !== 'complete') return false;
            var now = performance.now();
            var rest = window.__thiduaRest;
            if (!rest) {
              rest = window.__thiduaRest = {changed: now, typed: -1e9};
              new MutationObserver(function () { rest.changed = performance.now(); })
                  .observe(document, {subtree: true, childList: true, attributes: true, characterData: true});
              ['keydown', 'input', 'change', 'focusout'].forEach(function (type) {
                document.addEventListener(type, function () { rest.typed = performance.now(); }, true);
              });
              return false;
            }
            var running = document.getAnimations ? document.getAnimations().filter(function (a) {
              return a.playState === 'running' && a.effect && a.effect.getTiming().iterations !== Infinity;
            }).length : 0;
            if (running > 0) return false;
            var ng = window.angular;
            var el = ng && document.querySelector('[ng-app],.ng-scope');
            if (el) {
              try {
                if (ng.element(el).injector().get('$http').pendingRequests.length > 0) return false;
              } catch (e) { /* not an AngularJS page after all */ }
            }
            return now - rest.changed >= arguments[0] && now - rest.typed >= arguments[1];
            """;

    /**
     * Allows one console error containing {@code fragment}, caused on purpose by the next step: Chromium logs every
     * HTTP error answer, so a submission the server refuses (400 with the Vietnamese message) is logged too.
     */
    void expectConsoleError(String fragment) {
        expected.add(fragment);
    }

    /** Fails on any console message at level SEVERE that is neither expected nor well-understood noise. */
    void assertNoJavaScriptErrors() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            console.add(entry.getLevel() + " " + entry.getMessage());
            boolean severe = entry.getLevel().intValue() >= Level.SEVERE.intValue();
            if (severe && expected.stream().anyMatch(entry.getMessage()::contains)) {
                expected.removeIf(entry.getMessage()::contains);
                continue;
            }
            if (severe && !ConsoleNoise.isNoise(entry.getMessage(), driver.getCurrentUrl())) {
                assertThat(entry.getMessage()).as("JavaScript error in the browser console at " + driver.getCurrentUrl())
                        .isNull();
            }
        }
    }

    List<String> console() {
        return console;
    }

    @Override
    public void close() {
        try {
            assertNoJavaScriptErrors();
        } finally {
            driver.quit();
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException e) {
                // a temporary profile left behind is harmless
            }
        }
    }
}
