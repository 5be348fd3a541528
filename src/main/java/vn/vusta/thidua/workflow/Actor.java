package vn.vusta.thidua.workflow;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Who is acting: the authenticated user (REST, Tasklist), else the task's assignee, else the system. */
@Component
public class Actor {

    private final IdentityService identityService;

    Actor(IdentityService identityService) {
        this.identityService = identityService;
    }

    public String of(DelegateTask task) {
        Authentication authentication = identityService.getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        return task.getAssignee() != null ? task.getAssignee() : "system";
    }
}
