package vn.vusta.thidua.mail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.cycle.CycleContext;
import vn.vusta.thidua.cycle.CycleNotice;
import vn.vusta.thidua.reference.Supervisors;
import vn.vusta.thidua.system.GroupIds;

/**
 * Who is told what: listens, in the engine's transaction, to every task's creation (the Camunda starter publishes
 * task events to Spring, {@code camunda.bpm.eventing.task}) and to the {@link CycleNotice}s of delegates, and queues
 * the mails. A returned dossier's mail replaces the new-task mail of the head's correction task (one mail per task).
 * A mistake in composing a mail is logged, never thrown: it must not undo the work that caused it.
 */
@Component
class CycleMails {

    private static final Logger LOG = LoggerFactory.getLogger(CycleMails.class);

    private final MailSettings settings;
    private final MailOutbox outbox;
    private final Recipients recipients;
    private final Letters letters;
    private final TaskService taskService;
    private final Supervisors supervisors;

    CycleMails(MailSettings settings, MailOutbox outbox, Recipients recipients, Letters letters, TaskService taskService,
            Supervisors supervisors) {
        this.supervisors = supervisors;
        this.settings = settings;
        this.outbox = outbox;
        this.recipients = recipients;
        this.letters = letters;
        this.taskService = taskService;
    }

    @EventListener
    void taskEvent(DelegateTask task) {
        if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            guarded("task " + task.getId(), () -> {
                if (!outbox.hasMailForTask(task.getId())) {
                    queue(letters.newTask(task), assigneeOrCandidates(task));
                }
            });
        }
    }

    @EventListener
    void reminder(CycleNotice.Reminder notice) {
        guarded(notice, () -> {
            Optional<Task> task = openTask(notice.processInstanceId(), notice.unit());
            queue(letters.reminder(notice, task.map(Task::getId).orElse(null), due(task)),
                    recipients.ofGroup(GroupIds.province(notice.unit())));
        });
    }

    @EventListener
    void late(CycleNotice.UnitLate notice) {
        guarded(notice, () -> {
            CycleContext cycle = notice.cycle();
            Optional<Task> task = openTask(notice.processInstanceId(), notice.unit());
            Instant due = due(task);
            queue(letters.lateToUnit(notice, task.map(Task::getId).orElse(null), due),
                    recipients.ofGroup(GroupIds.province(notice.unit())));
            if (!notice.unit().equals(cycle.head())) {
                queue(letters.lateToHead(notice, due), recipients.ofGroup(cycle.headGroup()));
            }
            List<Recipient> escalation = new ArrayList<>(supervisorsOf(cycle));
            escalation.addAll(recipients.ofGroup(GroupIds.COUNCIL_OFFICE));
            queue(letters.escalation(notice, due), escalation);
        });
    }

    @EventListener
    void headTaskDue(CycleNotice.HeadTaskDue notice) {
        guarded(notice, () -> {
            CycleContext cycle = notice.cycle();
            queue(letters.headTaskDue(notice), recipients.ofGroup(cycle.headGroup()));
            if (notice.late()) {
                List<Recipient> escalation = new ArrayList<>(supervisorsOf(cycle));
                escalation.addAll(recipients.ofGroup(GroupIds.COUNCIL_OFFICE));
                queue(letters.headTaskEscalation(notice), escalation);
            }
        });
    }

    @EventListener
    void unitClosed(CycleNotice.UnitClosed notice) {
        guarded(notice, () -> {
            CycleContext cycle = notice.cycle();
            List<Recipient> to = new ArrayList<>(recipients.ofGroup(GroupIds.province(notice.unit())));
            if (!notice.unit().equals(cycle.head())) {
                to.addAll(recipients.ofGroup(cycle.headGroup()));
            }
            to.addAll(supervisorsOf(cycle));
            queue(letters.unitClosed(notice), to);
        });
    }

    @EventListener
    void deadlineExtended(CycleNotice.DeadlineExtended notice) {
        guarded(notice, () -> queue(letters.deadlineExtended(notice),
                recipients.ofGroup(GroupIds.province(notice.unit()))));
    }

    @EventListener
    void dossierReturned(CycleNotice.DossierReturned notice) {
        guarded(notice, () -> queue(letters.dossierReturned(notice), recipients.ofGroup(notice.cycle().headGroup())));
    }

    @EventListener
    void decisionSigned(CycleNotice.DecisionSigned notice) {
        guarded(notice, () -> {
            CycleContext cycle = notice.cycle();
            List<Recipient> members = new ArrayList<>();
            cycle.members().forEach(unit -> members.addAll(recipients.ofGroup(GroupIds.province(unit))));
            members.addAll(supervisorsOf(cycle));
            queue(letters.decisionSigned(notice), members);
        });
    }

    @EventListener
    void taskReminder(CycleNotice.TaskReminder notice) {
        guarded(notice, () -> openTask(notice.taskId()).ifPresent(task ->
                queue(letters.taskReminder(notice.cycle(), task), assigneeOrCandidates(task, candidates(task)))));
    }

    @EventListener
    void taskOverdue(CycleNotice.TaskOverdue notice) {
        guarded(notice, () -> openTask(notice.taskId()).ifPresent(task -> {
            List<IdentityLink> candidates = candidates(task);
            queue(letters.taskLate(notice.cycle(), task), assigneeOrCandidates(task, candidates));
            queue(letters.taskEscalation(notice.cycle(), task, holder(task, candidates)),
                    recipients.ofGroup(notice.escalatedTo()));
        }));
    }

    /** The cluster's supervisors of the cycle's year, as the reference data names them. */
    private List<Recipient> supervisorsOf(CycleContext cycle) {
        List<Recipient> found = new ArrayList<>();
        supervisors.of(cycle.cluster(), cycle.year()).forEach(s -> found.addAll(recipients.ofUser(s.userId())));
        return found;
    }

    private List<Recipient> assigneeOrCandidates(DelegateTask task) {
        if (task.getAssignee() != null) {
            return recipients.ofUser(task.getAssignee());
        }
        List<Recipient> found = new ArrayList<>();
        for (IdentityLink candidate : task.getCandidates()) {
            if (candidate.getGroupId() != null) {
                found.addAll(recipients.ofGroup(candidate.getGroupId()));
            } else if (candidate.getUserId() != null) {
                found.addAll(recipients.ofUser(candidate.getUserId()));
            }
        }
        return found;
    }

    private List<Recipient> assigneeOrCandidates(Task task, List<IdentityLink> candidates) {
        if (task.getAssignee() != null) {
            return recipients.ofUser(task.getAssignee());
        }
        List<Recipient> found = new ArrayList<>();
        for (IdentityLink link : candidates) {
            if (link.getGroupId() != null) {
                found.addAll(recipients.ofGroup(link.getGroupId()));
            } else if (link.getUserId() != null) {
                found.addAll(recipients.ofUser(link.getUserId()));
            }
        }
        return found;
    }

    private List<IdentityLink> candidates(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).toList();
    }

    /** Who holds the task: its assignee, else its candidate groups by the names the identity service gives them. */
    private String holder(Task task, List<IdentityLink> candidates) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        List<String> groups = candidates.stream().map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
        return groups.isEmpty() ? "chưa có" : String.join(", ", recipients.groupNames(groups));
    }

    private Optional<Task> openTask(String taskId) {
        return Optional.ofNullable(taskService.createTaskQuery().taskId(taskId).active().singleResult());
    }

    /** The unit's open task in the phase, claimed or not (read with the engine's checks off, as custom code is). */
    private Optional<Task> openTask(String processInstanceId, String unit) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId)
                .taskCandidateGroup(GroupIds.province(unit)).includeAssignedTasks().active()
                .orderByTaskCreateTime().desc().list().stream().findFirst();
    }

    private static Instant due(Optional<Task> task) {
        return task.map(Task::getDueDate).map(java.util.Date::toInstant).orElse(null);
    }

    private void queue(MailContent content, List<Recipient> to) {
        outbox.queue(content, to, settings.fromName());
    }

    private void guarded(Object event, Runnable queueing) {
        if (!settings.enabled()) {
            return;
        }
        try {
            queueing.run();
        } catch (DataAccessException e) {
            // the transaction cannot go on after a failed statement (PostgreSQL): let the engine roll back and retry
            throw e;
        } catch (RuntimeException e) {
            LOG.error("No mail queued for {}", event, e);
        }
    }
}
