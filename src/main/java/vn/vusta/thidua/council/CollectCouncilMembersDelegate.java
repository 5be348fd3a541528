package vn.vusta.thidua.council;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.system.GroupIds;

/**
 * Opens the council vote: the members of group {@code council} at this moment each get one vote task. The list is
 * kept as a process variable, so the tally's base is the council as it was when the vote opened.
 */
@Component("collectCouncilMembers")
class CollectCouncilMembersDelegate implements JavaDelegate {

    private final IdentityService identityService;

    CollectCouncilMembersDelegate(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<String> members = new ArrayList<>(identityService.createUserQuery().memberOfGroup(GroupIds.COUNCIL)
                .orderByUserId().asc().list().stream().map(User::getId).toList());
        if (members.isEmpty()) {
            throw new IllegalStateException("Nhóm '" + GroupIds.COUNCIL + "' chưa có thành viên: "
                    + "quản trị viên cần thêm thành viên Hội đồng Thi đua – Khen thưởng trước khi biểu quyết");
        }
        execution.setVariable(CouncilVariables.COUNCIL_MEMBERS, members);
    }
}
