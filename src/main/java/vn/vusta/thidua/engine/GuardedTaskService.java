package vn.vusta.thidua.engine;

import java.io.InputStream;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

import vn.vusta.thidua.engine.TaskOperationPolicy.Caller;
import vn.vusta.thidua.engine.TaskOperationPolicy.Named;
import vn.vusta.thidua.engine.TaskOperationPolicy.Refusal;
import vn.vusta.thidua.engine.TaskOperationPolicy.Role;
import vn.vusta.thidua.engine.TaskOperationPolicy.TaskFacts;

/**
 * The engine's task service with {@link TaskOperationPolicy} applied to every operation on a task of a process
 * instance, for REST, Tasklist and Java callers alike (standalone tasks keep the engine's rules). A refusal is an
 * {@link AuthorizationException} (403) or, for what nobody may do, a {@link BadUserRequestException} (400); the
 * operation itself then never runs. Calls made inside a running engine command are the application's own.
 */
final class GuardedTaskService extends SubmittingTaskService {

    @Override
    public void claim(String taskId, String userId) {
        name(taskId, Role.ASSIGNEE, userId);
        super.claim(taskId, userId);
    }

    /**
     * Also lets a user give back its own claim of a task with candidates, so that a colleague of the unit can take
     * it: the engine would ask for TASK_ASSIGN, which officers do not have (they may only work on their tasks).
     */
    @Override
    public void setAssignee(String taskId, String userId) {
        name(taskId, Role.ASSIGNEE, userId);
        if (userId == null && Context.getCommandContext() == null && givesBackOwnClaim(taskId)) {
            commandExecutor.execute(context -> {
                context.disableAuthorizationCheck();
                try {
                    return new AssignTaskCmd(taskId, null).execute(context);
                } finally {
                    context.enableAuthorizationCheck();
                }
            });
            return;
        }
        super.setAssignee(taskId, userId);
    }

    private boolean givesBackOwnClaim(String taskId) {
        return commandExecutor.execute(context -> {
            TaskEntity task = context.getTaskManager().findTaskById(taskId);
            String caller = context.getAuthenticatedUserId();
            return task != null && caller != null && caller.equals(task.getAssignee())
                    && task.getIdentityLinks().stream().anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()));
        });
    }

    @Override
    public void setOwner(String taskId, String userId) {
        name(taskId, Role.OWNER, userId);
        super.setOwner(taskId, userId);
    }

    @Override
    public void delegateTask(String taskId, String userId) {
        name(taskId, Role.DELEGATE, userId);
        super.delegateTask(taskId, userId);
    }

    @Override
    public void resolveTask(String taskId, Map<String, Object> variables) {
        if (variables != null && !variables.isEmpty()) {
            check(taskId, (caller, task) -> TaskOperationPolicy.changeVariables(caller));
        }
        super.resolveTask(taskId, variables);
    }

    /** {@code PUT /task/{id}}: each changed property is checked as its own operation would be. */
    @Override
    public void saveTask(Task changed) {
        if (changed.getId() != null) {
            check(changed.getId(), (caller, stored, context) -> savedChanges(caller, stored, changed, context));
        }
        super.saveTask(changed);
    }

    private Optional<Refusal> savedChanges(Caller caller, TaskEntity stored, Task changed, CommandContext context) {
        boolean details = !Objects.equals(stored.getName(), changed.getName())
                || !Objects.equals(stored.getDescription(), changed.getDescription())
                || stored.getPriority() != changed.getPriority()
                || !sameInstant(stored.getDueDate(), changed.getDueDate())
                || !Objects.equals(stored.getParentTaskId(), changed.getParentTaskId())
                || !Objects.equals(stored.getCaseInstanceId(), changed.getCaseInstanceId())
                || !Objects.equals(stored.getTenantId(), changed.getTenantId())
                || stored.getDelegationState() != changed.getDelegationState();
        if (details) {
            return TaskOperationPolicy.changeDetails(caller);
        }
        TaskFacts facts = facts(stored);
        if (!Objects.equals(stored.getAssignee(), changed.getAssignee())) {
            Optional<Refusal> refusal = TaskOperationPolicy.name(caller, facts, Role.ASSIGNEE,
                    named(changed.getAssignee(), caller, context));
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        if (!Objects.equals(stored.getOwner(), changed.getOwner())) {
            return TaskOperationPolicy.name(caller, facts, Role.OWNER, named(changed.getOwner(), caller, context));
        }
        return Optional.empty();
    }

    private static boolean sameInstant(Date a, Date b) {
        return a == null ? b == null : b != null && a.getTime() == b.getTime();
    }

    @Override
    public void setPriority(String taskId, int priority) {
        details(taskId);
        super.setPriority(taskId, priority);
    }

    @Override
    public void setName(String taskId, String name) {
        details(taskId);
        super.setName(taskId, name);
    }

    @Override
    public void setDescription(String taskId, String description) {
        details(taskId);
        super.setDescription(taskId, description);
    }

    @Override
    public void setDueDate(String taskId, Date dueDate) {
        details(taskId);
        super.setDueDate(taskId, dueDate);
    }

    @Override
    public void addCandidateUser(String taskId, String userId) {
        candidates(taskId);
        super.addCandidateUser(taskId, userId);
    }

    @Override
    public void addCandidateGroup(String taskId, String groupId) {
        candidates(taskId);
        super.addCandidateGroup(taskId, groupId);
    }

    @Override
    public void addUserIdentityLink(String taskId, String userId, String identityLinkType) {
        candidates(taskId);
        super.addUserIdentityLink(taskId, userId, identityLinkType);
    }

    @Override
    public void addGroupIdentityLink(String taskId, String groupId, String identityLinkType) {
        candidates(taskId);
        super.addGroupIdentityLink(taskId, groupId, identityLinkType);
    }

    @Override
    public void deleteCandidateUser(String taskId, String userId) {
        candidates(taskId);
        super.deleteCandidateUser(taskId, userId);
    }

    @Override
    public void deleteCandidateGroup(String taskId, String groupId) {
        candidates(taskId);
        super.deleteCandidateGroup(taskId, groupId);
    }

    @Override
    public void deleteUserIdentityLink(String taskId, String userId, String identityLinkType) {
        candidates(taskId);
        super.deleteUserIdentityLink(taskId, userId, identityLinkType);
    }

    @Override
    public void deleteGroupIdentityLink(String taskId, String groupId, String identityLinkType) {
        candidates(taskId);
        super.deleteGroupIdentityLink(taskId, groupId, identityLinkType);
    }

    @Override
    public void setVariable(String taskId, String variableName, Object value) {
        variables(taskId);
        super.setVariable(taskId, variableName, value);
    }

    @Override
    public void setVariableLocal(String taskId, String variableName, Object value) {
        variables(taskId);
        super.setVariableLocal(taskId, variableName, value);
    }

    @Override
    public void setVariables(String taskId, Map<String, ? extends Object> variables) {
        variables(taskId);
        super.setVariables(taskId, variables);
    }

    @Override
    public void setVariablesLocal(String taskId, Map<String, ? extends Object> variables) {
        variables(taskId);
        super.setVariablesLocal(taskId, variables);
    }

    @Override
    public void updateVariables(String taskId, Map<String, ? extends Object> modifications, Collection<String> deletions) {
        variables(taskId);
        super.updateVariables(taskId, modifications, deletions);
    }

    @Override
    public void updateVariablesLocal(String taskId, Map<String, ? extends Object> modifications,
            Collection<String> deletions) {
        variables(taskId);
        super.updateVariablesLocal(taskId, modifications, deletions);
    }

    @Override
    public void removeVariable(String taskId, String variableName) {
        variables(taskId);
        super.removeVariable(taskId, variableName);
    }

    @Override
    public void removeVariableLocal(String taskId, String variableName) {
        variables(taskId);
        super.removeVariableLocal(taskId, variableName);
    }

    @Override
    public void removeVariables(String taskId, Collection<String> variableNames) {
        variables(taskId);
        super.removeVariables(taskId, variableNames);
    }

    @Override
    public void removeVariablesLocal(String taskId, Collection<String> variableNames) {
        variables(taskId);
        super.removeVariablesLocal(taskId, variableNames);
    }

    @Override
    public Comment createComment(String taskId, String processInstanceId, String message) {
        refuseUnlessPermitted(TaskOperationPolicy::commentOrAttach);
        return super.createComment(taskId, processInstanceId, message);
    }

    @Override
    public Attachment createAttachment(String attachmentType, String taskId, String processInstanceId,
            String attachmentName, String attachmentDescription, InputStream content) {
        refuseUnlessPermitted(TaskOperationPolicy::commentOrAttach);
        return super.createAttachment(attachmentType, taskId, processInstanceId, attachmentName, attachmentDescription,
                content);
    }

    @Override
    public Attachment createAttachment(String attachmentType, String taskId, String processInstanceId,
            String attachmentName, String attachmentDescription, String url) {
        refuseUnlessPermitted(TaskOperationPolicy::commentOrAttach);
        return super.createAttachment(attachmentType, taskId, processInstanceId, attachmentName, attachmentDescription,
                url);
    }

    @Override
    public void saveAttachment(Attachment attachment) {
        refuseUnlessPermitted(TaskOperationPolicy::commentOrAttach);
        super.saveAttachment(attachment);
    }

    @Override
    public void deleteAttachment(String attachmentId) {
        refuseUnlessPermitted(TaskOperationPolicy::commentOrAttach);
        super.deleteAttachment(attachmentId);
    }

    @Override
    public void deleteTaskAttachment(String taskId, String attachmentId) {
        refuseUnlessPermitted(TaskOperationPolicy::commentOrAttach);
        super.deleteTaskAttachment(taskId, attachmentId);
    }

    @Override
    public void handleBpmnError(String taskId, String errorCode, String errorMessage, Map<String, Object> variables) {
        refuseThrow(taskId);
        super.handleBpmnError(taskId, errorCode, errorMessage, variables);
    }

    @Override
    public void handleBpmnError(String taskId, String errorCode, String errorMessage) {
        refuseThrow(taskId);
        super.handleBpmnError(taskId, errorCode, errorMessage);
    }

    @Override
    public void handleBpmnError(String taskId, String errorCode) {
        refuseThrow(taskId);
        super.handleBpmnError(taskId, errorCode);
    }

    @Override
    public void handleEscalation(String taskId, String escalationCode) {
        refuseThrow(taskId);
        super.handleEscalation(taskId, escalationCode);
    }

    @Override
    public void handleEscalation(String taskId, String escalationCode, Map<String, Object> variables) {
        refuseThrow(taskId);
        super.handleEscalation(taskId, escalationCode, variables);
    }

    private void name(String taskId, Role role, String userId) {
        check(taskId, (caller, task, context) -> TaskOperationPolicy.name(caller, facts(task), role,
                named(userId, caller, context)));
    }

    private void details(String taskId) {
        check(taskId, (caller, task) -> TaskOperationPolicy.changeDetails(caller));
    }

    private void candidates(String taskId) {
        check(taskId, (caller, task) -> TaskOperationPolicy.changeCandidates(caller));
    }

    private void variables(String taskId) {
        check(taskId, (caller, task) -> TaskOperationPolicy.changeVariables(caller));
    }

    private void refuseUnlessPermitted(Function<Caller, Optional<Refusal>> rule) {
        if (Context.getCommandContext() == null) {
            refuseIfAny(commandExecutor.execute(context -> rule.apply(caller(context))));
        }
    }

    private void refuseThrow(String taskId) {
        check(taskId, (caller, task) -> TaskOperationPolicy.throwFromTask());
    }

    private interface Rule {
        Optional<Refusal> apply(Caller caller, TaskEntity task, CommandContext context);
    }

    private void check(String taskId, BiFunction<Caller, TaskFacts, Optional<Refusal>> rule) {
        check(taskId, (caller, task, context) -> rule.apply(caller, facts(task)));
    }

    /** Applies the rule to a task of a process instance, outside any running command (inside: the application). */
    private void check(String taskId, Rule rule) {
        if (taskId == null || Context.getCommandContext() != null) {
            return;
        }
        refuseIfAny(commandExecutor.execute(context -> {
            TaskEntity task = context.getTaskManager().findTaskById(taskId);
            if (task == null || task.getProcessInstanceId() == null) {
                return Optional.<Refusal>empty(); // unknown or standalone: the engine's own answer and rules
            }
            return rule.apply(caller(context), task, context);
        }));
    }

    private static void refuseIfAny(Optional<Refusal> refusal) {
        if (refusal.isPresent()) {
            throw refusal.get().badRequest() ? new BadUserRequestException(refusal.get().message())
                    : new AuthorizationException(refusal.get().message());
        }
    }

    private static Caller caller(CommandContext context) {
        Authentication authentication = context.getAuthentication();
        if (authentication == null || authentication.getUserId() == null) {
            return new Caller(null, true);
        }
        return new Caller(authentication.getUserId(),
                context.getAuthorizationManager().isCamundaAdmin(authentication));
    }

    private TaskFacts facts(TaskEntity task) {
        Set<String> groups = new HashSet<>();
        Set<String> users = new HashSet<>();
        for (IdentityLinkEntity link : task.getIdentityLinks()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
                if (link.getGroupId() != null) {
                    groups.add(link.getGroupId());
                }
                if (link.getUserId() != null) {
                    users.add(link.getUserId());
                }
            }
        }
        return new TaskFacts(task.getAssignee(), task.getOwner(), groups, users);
    }

    /** The named user with its groups; the groups are read only when an administrator names someone else. */
    private static Named named(String userId, Caller caller, CommandContext context) {
        if (userId == null) {
            return Named.nobody();
        }
        if (!caller.admin() || caller.isApplication()) {
            return new Named(userId, Set.of());
        }
        Function<Group, String> id = Group::getId;
        return new Named(userId, Set.copyOf(context.getReadOnlyIdentityProvider().createGroupQuery().groupMember(userId)
                .list().stream().map(id).toList()));
    }
}
