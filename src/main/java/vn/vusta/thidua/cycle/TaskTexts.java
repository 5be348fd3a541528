package vn.vusta.thidua.cycle;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Properties;
import java.util.function.Function;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.reference.Province;
import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.engine.EngineClock;

/**
 * What Tasklist says about a user task, in the officer's words ({@code messages/tasks.properties}, by task
 * definition key): its name and description, what completing it sent ({@code done}) and what comes next
 * ({@code next}).
 */
@Component
class TaskTexts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Properties texts = new Properties();
    private final ReferenceData reference;

    TaskTexts(ReferenceData reference) {
        this.reference = reference;
        try (Reader in = new InputStreamReader(new ClassPathResource("messages/tasks.properties").getInputStream(),
                StandardCharsets.UTF_8)) {
            texts.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A correction task's unit: the one its head returned the submission to (the phases' {@code returnUnit}). */
    static final String RETURN_UNIT = "returnUnit";

    /** The cycle, unit and deadline the texts of one task speak of. */
    record Subject(int year, String clusterLabel, String unit, Date due) {

        /** From the task's variables: the unit of a unit's task, or of a correction task the returned unit. */
        static Subject of(Function<String, Object> variable, Date due) {
            Object unit = variable.apply(CycleVariables.UNIT);
            return new Subject(((Number) variable.apply(CycleVariables.YEAR)).intValue(),
                    (String) variable.apply(CycleVariables.CLUSTER_LABEL),
                    (String) (unit != null ? unit : variable.apply(RETURN_UNIT)), due);
        }
    }

    /** The text {@code <taskDefinitionKey>.<part>} filled in, or {@code fallback} when there is none. */
    String text(String taskDefinitionKey, String part, Subject subject, String fallback) {
        String template = texts.getProperty(taskDefinitionKey + "." + part);
        return template == null ? fallback : fill(template, subject);
    }

    /**
     * As {@link #text(String, String, Subject, String)}, but a task that two phases share (the council re-opens the
     * year-end's {@code Task_CorrectResults}) may have its own text there: {@code <taskDefinitionKey>.<PHASE>.<part>}.
     */
    String text(String taskDefinitionKey, Phase phase, String part, Subject subject, String fallback) {
        String own = phase == null ? null : texts.getProperty(taskDefinitionKey + "." + phase.name() + "." + part);
        return own == null ? text(taskDefinitionKey, part, subject, fallback) : fill(own, subject);
    }

    private String fill(String template, Subject s) {
        return template.replace("{year}", String.valueOf(s.year()))
                .replace("{nextYear}", String.valueOf(s.year() + 1))
                .replace("{cluster}", s.clusterLabel())
                .replace("{unit}", s.unit() == null ? "" : "LHH " + reference.province(s.unit()).map(Province::name).orElse(s.unit()))
                .replace("{byDue}", s.due() == null ? "" : " — hạn " + day(s.due()))
                .replace("{due}", s.due() == null ? "không đặt" : day(s.due()));
    }

    private static String day(Date date) {
        return DAY.format(date.toInstant().atZone(EngineClock.VIETNAM));
    }
}
