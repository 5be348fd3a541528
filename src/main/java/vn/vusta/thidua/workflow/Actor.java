package vn.vusta.thidua.workflow;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.engine.Authenticated;

/** Who is acting: the authenticated user (REST, Tasklist), else the task's assignee, else the system. */
@Component
public class Actor {

    private final IdentityService identityService;

    Actor(IdentityService identityService) {
        this.identityService = identityService;
    }

    public String of(DelegateTask task) {
        return Authenticated.current(identityService).map(Authenticated::userId)
                .orElse(task.getAssignee() != null ? task.getAssignee() : "system");
    }
}
