package vn.vusta.thidua.cycle;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Properties;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.reference.Province;
import vn.vusta.thidua.reference.ReferenceRepository;
import vn.vusta.thidua.engine.EngineClock;

/**
 * Create listener of every user task: a name and description that tell the officer what to do and by when
 * ({@code messages/tasks.properties}), and for a unit's task, the unit's status "open" with its deadline.
 */
@Component("presentTask")
class TaskPresenter implements TaskListener {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Properties texts = new Properties();
    private final ReferenceRepository reference;
    private final UnitProgress progress;
    private final PhaseResolver phases;

    TaskPresenter(ReferenceRepository reference, UnitProgress progress, PhaseResolver phases) {
        this.reference = reference;
        this.progress = progress;
        this.phases = phases;
        try (Reader in = new InputStreamReader(new ClassPathResource("messages/tasks.properties").getInputStream(),
                StandardCharsets.UTF_8)) {
            texts.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void notify(DelegateTask task) {
        CycleContext cycle = CycleContext.of(task);
        String unit = CycleContext.unitOf(task);
        Date due = task.getDueDate();
        String key = task.getTaskDefinitionKey();
        task.setName(fill(texts.getProperty(key + ".name", task.getName()), cycle, unit, due));
        task.setDescription(fill(texts.getProperty(key + ".description", ""), cycle, unit, due));
        if (unit != null) {
            progress.opened(cycle.businessKey(), phases.of(task.getProcessDefinitionId()), unit,
                    due == null ? null : due.toInstant());
        }
    }

    private String fill(String template, CycleContext cycle, String unit, Date due) {
        return template.replace("{year}", String.valueOf(cycle.year()))
                .replace("{nextYear}", String.valueOf(cycle.year() + 1))
                .replace("{cluster}", cycle.clusterLabel())
                .replace("{unit}", unit == null ? "" : "LHH " + reference.province(unit).map(Province::name).orElse(unit))
                .replace("{due}", due == null ? "không đặt" : DAY.format(due.toInstant().atZone(EngineClock.VIETNAM)));
    }
}
