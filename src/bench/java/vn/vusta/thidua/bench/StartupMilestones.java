package vn.vusta.thidua.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a start reached each of the milestones Spring Boot and Camunda log (seconds after the process was launched,
 * from the log's own time stamps), so that two starts can be compared step by step: where the extra seconds accrue.
 */
final class StartupMilestones {

    /** Milestones in the order they happen; the first line matching each counts. */
    static final Map<String, Pattern> MILESTONES = new LinkedHashMap<>();

    static {
        MILESTONES.put("Spring Boot starts (JVM up, jar opened, logging ready)", Pattern.compile("Starting \\S+ v\\S+ using Java"));
        MILESTONES.put("Tomcat created", Pattern.compile("Tomcat initialized with port"));
        MILESTONES.put("web application context initialised", Pattern.compile("Root WebApplicationContext: initialization completed"));
        MILESTONES.put("process engine built (schema checked)", Pattern.compile("ENGINE-00001 Process Engine \\S+ created"));
        MILESTONES.put("Tomcat started (every bean created, deployments done)", Pattern.compile("Tomcat started on port"));
        MILESTONES.put("context refreshed (\"Started … in\")", Pattern.compile("Started \\S+ in [0-9.]+ seconds"));
    }

    static final String READY = "answers (start-up runners done)";

    private static final Pattern STAMP = Pattern.compile("^(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d+(?:Z|[+-]\\d\\d:\\d\\d))");

    private StartupMilestones() {
    }

    /** Seconds after {@code launched} of each milestone found in the log, then of the answer. */
    static Map<String, Double> read(Path log, Instant launched, double readySeconds) throws IOException {
        Map<String, Double> at = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(log);
        for (Map.Entry<String, Pattern> milestone : MILESTONES.entrySet()) {
            for (String line : lines) {
                Matcher stamp = STAMP.matcher(line);
                if (stamp.find() && milestone.getValue().matcher(line).find()) {
                    try {
                        at.put(milestone.getKey(), Duration.between(launched, java.time.OffsetDateTime.parse(stamp.group(1)).toInstant()).toMillis() / 1000.0);
                    } catch (DateTimeParseException e) {
                        // not a time stamp after all
                    }
                    break;
                }
            }
        }
        at.put(READY, readySeconds);
        return at;
    }
}
