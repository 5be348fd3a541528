package vn.vusta.thidua.cycle;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.vusta.thidua.engine.EngineClock;
import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.reference.UnitNames;
import vn.vusta.thidua.system.AuditTrail;
import vn.vusta.thidua.system.GroupIds;

/**
 * What the cluster head (or VUSTA's office) does with a unit that misses its deadline: closes the phase for it
 * without its submission ("không nộp đúng hạn"; the rules decide what that means), or gives it its own later
 * deadline. Both in one transaction once the cycle's instances are locked, so a submission arriving at the same
 * moment either comes first (and the unit has no open task any more) or waits and finds the task gone.
 * Either way the late unit's task in Tasklist ({@link LateUnitTasks}) ends with it. Who may do it is the caller's
 * question ({@link UnitDeadlineController}, {@link HandleLateUnitListener}).
 */
@Service
class UnitDeadlines {

    /** What the request would change, or why it cannot (409). */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    record Outcome(String businessKey, String unit, Phase phase, String task, Timeliness timeliness, String label,
            Instant dueAt, String reason) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(EngineClock.VIETNAM);
    static final String EXTENSION_PROCESS = "unit-deadline";

    private final Cycles cycles;
    private final CycleInstances instances;
    private final UnitProgress progress;
    private final PhaseResolver phases;
    private final CycleChanges changes;
    private final Notifications notifications;
    private final ReferenceData reference;
    private final UnitNames names;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final CalendarDefaults calendar;
    private final Clock clock;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final LateUnitTasks lateUnitTasks;

    UnitDeadlines(Cycles cycles, CycleInstances instances, UnitProgress progress, PhaseResolver phases,
            CycleChanges changes, Notifications notifications, ReferenceData reference, UnitNames names,
            AuditTrail audit, TransactionTemplate transaction, CalendarDefaults calendar, Clock clock,
            ProcessEngine engine, LateUnitTasks lateUnitTasks) {
        this.lateUnitTasks = lateUnitTasks;
        this.cycles = cycles;
        this.instances = instances;
        this.progress = progress;
        this.phases = phases;
        this.changes = changes;
        this.notifications = notifications;
        this.reference = reference;
        this.names = names;
        this.audit = audit;
        this.transaction = transaction;
        this.calendar = calendar;
        this.clock = clock;
        this.taskService = engine.getTaskService();
        this.runtimeService = engine.getRuntimeService();
    }

    /** Closes the unit's open task of the running phase, after its deadline, without a submission. */
    Outcome close(String businessKey, String unit, String reason, String actor) {
        return close(businessKey, unit, reason, actor, null);
    }

    /** As {@link #close(String, String, String, String)}, from the late-unit task of process instance {@code from}. */
    Outcome close(String businessKey, String unit, String reason, String actor, String from) {
        return transaction.execute(status -> instances.locked(businessKey, () -> {
            Task task = openTask(businessKey, unit);
            Phase phase = phases.of(task.getProcessDefinitionId());
            Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
            if (due != null && !clock.instant().isAfter(due)) {
                throw new Refused("Chưa quá hạn: " + unitName(businessKey, unit) + " còn hạn nộp " + phase.label()
                        + " đến hết ngày " + DAY.format(due) + "; chỉ đóng được sau hạn");
            }
            String label = Timeliness.NOT_SUBMITTED.label(phase);
            instances.close(task.getId(), "Cụm trưởng đóng giai đoạn cho đơn vị (" + label + "): " + reason);
            progress.closedWithoutSubmission(businessKey, phase, unit, reason);
            record(businessKey, CycleChange.Kind.NOT_SUBMITTED, unit, phase.label() + ": " + label + ". Lý do: "
                    + reason, actor);
            audit.record(actor, "CLOSE_UNIT_PHASE", businessKey, unit + " " + phase + " (" + task.getTaskDefinitionKey()
                    + "): " + reason);
            Cycle cycle = cycles.find(businessKey).orElseThrow();
            String message = phase.label() + " năm " + cycle.year() + ": LHH " + unitName(businessKey, unit) + " — "
                    + label + " (giai đoạn đã đóng cho đơn vị). Lý do: " + reason;
            notifications.send(businessKey, GroupIds.province(unit), "CLOSED", message);
            notifications.send(businessKey, headGroup(cycle), "CLOSED", message);
            notifications.tell(new CycleNotice.UnitClosed(context(cycle), phase, unit, reason, actor));
            lateUnitTasks.settle(businessKey, phase, unit, from);
            return new Outcome(businessKey, unit, phase, task.getTaskDefinitionKey(), Timeliness.NOT_SUBMITTED, label,
                    due, reason);
        }));
    }

    /**
     * Gives the unit's open task of the running phase its own deadline (end of {@code until}, Vietnam): the task's due
     * date moves, the phase's reminder and late notice pass the unit by, and its own come by the new date.
     */
    Outcome extend(String businessKey, String unit, LocalDate until, String reason, String actor) {
        return extend(businessKey, unit, until, reason, actor, null);
    }

    /** As {@link #extend(String, String, LocalDate, String, String)}, from the late-unit task of instance {@code from}. */
    Outcome extend(String businessKey, String unit, LocalDate until, String reason, String actor, String from) {
        Instant newDue = ZonedDateTime.of(until, LocalTime.of(23, 59, 59), EngineClock.VIETNAM).toInstant();
        return transaction.execute(status -> instances.locked(businessKey, () -> {
            Task task = openTask(businessKey, unit);
            Phase phase = phases.of(task.getProcessDefinitionId());
            Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
            if (!newDue.isAfter(clock.instant()) || (due != null && !newDue.isAfter(due))) {
                throw new IllegalArgumentException("until: hạn mới phải sau hôm nay"
                        + (due == null ? "" : " và sau hạn hiện tại (" + DAY.format(due) + ")"));
            }
            task.setDueDate(Date.from(newDue));
            taskService.saveTask(task);
            progress.extended(businessKey, phase, unit, newDue, reason);
            startOwnTimers(businessKey, task, phase, unit, newDue);
            record(businessKey, CycleChange.Kind.EXTENDED, unit, phase.label() + ": gia hạn đến hết ngày "
                    + DAY.format(newDue) + ". Lý do: " + reason, actor);
            audit.record(actor, "EXTEND_UNIT_DEADLINE", businessKey, unit + " " + phase + " đến " + until + ": " + reason);
            Cycle cycle = cycles.find(businessKey).orElseThrow();
            notifications.send(businessKey, GroupIds.province(unit), "EXTENDED", phase.label() + " năm " + cycle.year()
                    + ": LHH " + unitName(businessKey, unit) + " được gia hạn đến hết ngày " + DAY.format(newDue)
                    + ". Lý do: " + reason);
            notifications.tell(new CycleNotice.DeadlineExtended(context(cycle), phase, unit, newDue, reason,
                    task.getId()));
            lateUnitTasks.settle(businessKey, phase, unit, from);
            return new Outcome(businessKey, unit, phase, task.getTaskDefinitionKey(), Timeliness.EXTENDED,
                    Timeliness.EXTENDED.label(phase), newDue, reason);
        }));
    }

    /** The unit's own reminder and late notice: process {@value #EXTENSION_PROCESS}, under the cycle's key. */
    private void startOwnTimers(String businessKey, Task task, Phase phase, String unit, Instant due) {
        Map<String, Object> variables = new HashMap<>(runtimeService.getVariables(task.getProcessInstanceId(),
                java.util.List.of(CycleVariables.CLUSTER, CycleVariables.YEAR, CycleVariables.CLUSTER_LABEL,
                        CycleVariables.MEMBERS, CycleVariables.HEAD, CycleVariables.DEPUTY, CycleVariables.HEAD_GROUP,
                        CycleVariables.RULES)));
        Instant now = clock.instant();
        Instant reminder = due.minus(java.time.Duration.ofDays(calendar.reminderDaysBefore()));
        if (!reminder.isAfter(now)) {
            reminder = now.plus(java.time.Duration.between(now, due).dividedBy(2));
        }
        variables.put(CycleVariables.UNIT, unit);
        variables.put(ExtendedDeadlineDelegates.PHASE, phase.name());
        variables.put(ExtendedDeadlineDelegates.PHASE_INSTANCE, task.getProcessInstanceId());
        variables.put(ExtendedDeadlineDelegates.EXTENDED_TO, Date.from(due));
        variables.put(ExtendedDeadlineDelegates.REMINDER, Date.from(reminder));
        runtimeService.startProcessInstanceByKey(EXTENSION_PROCESS, businessKey, variables);
    }

    /** Whether the unit has a task of the running phase that could be closed or extended (whatever its deadline). */
    boolean hasOpenTask(String businessKey, String unit) {
        return cycles.find(businessKey).filter(Cycle::running).filter(c -> c.members().contains(unit)).isPresent()
                && instances.locked(businessKey, () -> instances.openTasks(businessKey).stream()
                        .anyMatch(t -> unit.equals(t.unit()) && CycleInstances.UNIT_TASKS.contains(t.definitionKey())));
    }

    private Task openTask(String businessKey, String unit) {
        Cycle cycle = cycles.find(businessKey)
                .orElseThrow(() -> new NoSuchElementException("Không có chu kỳ " + businessKey));
        if (!cycle.running()) {
            throw new Refused("Chu kỳ " + businessKey + " không còn chạy");
        }
        if (!cycle.members().contains(unit)) {
            throw new NoSuchElementException("LHH " + unitName(businessKey, unit) + " không phải thành viên của chu kỳ "
                    + businessKey);
        }
        return instances.openTasks(businessKey).stream()
                .filter(t -> unit.equals(t.unit()) && CycleInstances.UNIT_TASKS.contains(t.definitionKey()))
                .findFirst()
                .map(t -> taskService.createTaskQuery().taskId(t.id()).singleResult())
                .orElseThrow(() -> new Refused("LHH " + unitName(businessKey, unit) + " không có việc đang mở trong "
                        + "giai đoạn hiện tại (" + cycle.phase().label() + "): không có gì để đóng hay gia hạn"));
    }

    private void record(String businessKey, CycleChange.Kind kind, String unit, String reason, String actor) {
        changes.record(new CycleChange(businessKey, kind, unit, null, LocalDate.ofInstant(clock.instant(),
                EngineClock.VIETNAM), reason, actor, clock.instant()));
    }

    private CycleContext context(Cycle cycle) {
        return new CycleContext(cycle.businessKey(), cycle.cluster(), cycle.year(),
                reference.cluster(cycle.cluster()).map(c -> c.name()).orElse("Cụm thi đua số " + cycle.cluster()),
                cycle.members(), cycle.head(), cycle.deputy(), headGroup(cycle), cycle.rules());
    }

    private static String headGroup(Cycle cycle) {
        return cycle.head() == null ? GroupIds.COUNCIL_OFFICE : GroupIds.province(cycle.head());
    }

    private String unitName(String businessKey, String unit) {
        int year = cycles.find(businessKey).map(Cycle::year).orElse(LocalDate.now(clock).getYear());
        return names.ofYear(unit, year);
    }
}
