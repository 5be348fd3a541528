package vn.vusta.thidua.cycle;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Create listener of every user task: a name and description that tell the officer what to do and by when
 * ({@link TaskTexts}), and for a unit's task, the unit's status "open" with its deadline.
 */
@Component("presentTask")
class TaskPresenter implements TaskListener {

    private final TaskTexts texts;
    private final UnitProgress progress;
    private final PhaseResolver phases;

    TaskPresenter(TaskTexts texts, UnitProgress progress, PhaseResolver phases) {
        this.texts = texts;
        this.progress = progress;
        this.phases = phases;
    }

    @Override
    public void notify(DelegateTask task) {
        CycleContext cycle = CycleContext.of(task);
        String unit = CycleContext.unitOf(task);
        Date due = task.getDueDate();
        String key = task.getTaskDefinitionKey();
        TaskTexts.Subject subject = TaskTexts.Subject.of(task::getVariable, due);
        task.setName(texts.text(key, "name", subject, task.getName()));
        task.setDescription(texts.text(key, "description", subject, ""));
        if (unit != null) {
            progress.opened(cycle.businessKey(), phases.of(task.getProcessDefinitionId()), unit,
                    due == null ? null : due.toInstant());
        }
    }
}
