package vn.vusta.thidua.cycle;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.engine.EngineClock;
import vn.vusta.thidua.engine.InvalidSubmissionException;
import vn.vusta.thidua.reference.UnitNames;
import vn.vusta.thidua.workflow.Actor;
import vn.vusta.thidua.workflow.FormValues;

/**
 * The head's (or the office's) task for a late unit ({@code Task_HandleLateUnit}, form {@code handle-late-unit}):
 * named after the unit and the phase when it opens; on complete, closes the phase for the unit or extends its
 * deadline through {@link UnitDeadlines}, as {@code POST /api/cycles/{key}/units/{unit}/close|extend} do, with the
 * same checks. A unit that has nothing open any more (it left the cluster, or its task ended otherwise) makes the
 * task moot: it completes without changing anything.
 */
@Component("handleLateUnit")
class HandleLateUnitListener implements TaskListener {

    static final String ACTION = "lateUnitAction";
    static final String CLOSE = "close";
    static final String EXTEND = "extend";
    static final String UNTIL = "extendUntil";
    static final String REASON = "lateUnitReason";
    static final int REASON_LENGTH = 1000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(EngineClock.VIETNAM);

    private final UnitDeadlines deadlines;
    private final UnitNames names;
    private final Actor actor;
    private final Clock clock;

    HandleLateUnitListener(UnitDeadlines deadlines, UnitNames names, Actor actor, Clock clock) {
        this.deadlines = deadlines;
        this.names = names;
        this.actor = actor;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            present(task);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            act(task);
        }
    }

    private void present(DelegateTask task) {
        Phase phase = Phase.valueOf((String) task.getVariable(LateUnitTasks.PHASE));
        String unit = "LHH " + names.ofYear((String) task.getVariable(LateUnitTasks.UNIT), year(task));
        task.setName("Xử lý đơn vị quá hạn: " + unit + " (" + phase.label() + ")");
        task.setDescription(unit + " chưa nộp " + phase.label() + " năm " + year(task) + " dù đã quá hạn. Chọn đóng "
                + "giai đoạn cho đơn vị (ghi nhận «" + Timeliness.NOT_SUBMITTED.label(phase) + "») hoặc gia hạn đến "
                + "một ngày, và ghi lý do. Hạn xử lý: hết ngày " + DAY.format(task.getDueDate().toInstant()) + ".");
    }

    private void act(DelegateTask task) {
        int year = year(task);
        LocalDate today = LocalDate.ofInstant(clock.instant(), EngineClock.VIETNAM);
        FormValues form = new FormValues(task);
        String action = form.choice(ACTION, "Cách xử lý", List.of(CLOSE, EXTEND), true);
        LocalDate until = EXTEND.equals(action)
                ? form.date(UNTIL, "Gia hạn đến ngày", today.plusDays(1), LocalDate.of(year + 1, 12, 31)) : null;
        String reason = form.text(REASON, "Lý do", REASON_LENGTH, true);
        form.throwIfInvalid();
        String businessKey = task.getExecution().getProcessBusinessKey();
        String unit = (String) task.getVariable(LateUnitTasks.UNIT);
        String instance = task.getProcessInstanceId();
        if (!deadlines.hasOpenTask(businessKey, unit)) {
            return; // moot: the unit's task is gone (it left the cluster, the cycle stopped); nothing to change
        }
        try {
            if (EXTEND.equals(action)) {
                deadlines.extend(businessKey, unit, until, reason, actor.of(task), instance);
            } else {
                deadlines.close(businessKey, unit, reason, actor.of(task), instance);
            }
        } catch (IllegalArgumentException | UnitDeadlines.Refused e) {
            throw new InvalidSubmissionException(EXTEND.equals(action) ? UNTIL : ACTION,
                    e.getMessage().replaceFirst("^until: ", "Gia hạn đến ngày: "));
        }
    }

    private static int year(DelegateTask task) {
        return ((Number) task.getVariable(CycleVariables.YEAR)).intValue();
    }
}
