package vn.vusta.thidua.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ_TASK;

import java.util.HashSet;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.vusta.thidua.reference.Province;
import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.system.GroupIds;

/**
 * Creates, in every profile and idempotently, the groups of the system and what each may do: officers and
 * the council use Tasklist; the council's standing office and administrators also Cockpit. Users are
 * created by the demo profile or by an administrator in the Admin webapp.
 */
@Component
@Order(20)
class IdentitySetup implements ApplicationRunner {

    private final IdentityService identityService;
    private final Authorizations authorizations;
    private final ReferenceData reference;
    private final TasklistFilters filters;
    private final TransactionTemplate transaction;
    private Set<String> existingGroups;

    IdentitySetup(IdentityService identityService, Authorizations authorizations, ReferenceData reference,
            TasklistFilters filters, TransactionTemplate transaction) {
        this.identityService = identityService;
        this.transaction = transaction;
        this.authorizations = authorizations;
        this.reference = reference;
        this.filters = filters;
    }

    @Override
    public void run(ApplicationArguments args) {
        // one transaction, one query for the existing groups and one for the existing grants: a fresh database
        // gets its ~70 groups and ~90 grants in one commit, a restart reads two lists and writes nothing
        transaction.executeWithoutResult(status -> setUp());
    }

    private void setUp() {
        existingGroups = new HashSet<>();
        identityService.createGroupQuery().list().forEach(g -> existingGroups.add(g.getId()));
        Authorizations.Batch authorizations = this.authorizations.batch();
        group(Groups.CAMUNDA_ADMIN, "Quản trị hệ thống", Groups.GROUP_TYPE_SYSTEM);
        for (Resources resource : Resources.values()) {
            authorizations.grantGroup(Groups.CAMUNDA_ADMIN, resource, ANY, ALL);
        }
        for (Province province : reference.provinces()) {
            String groupId = GroupIds.province(province.code());
            group(groupId, "LHH " + province.name(), Groups.GROUP_TYPE_WORKFLOW);
            authorizations.grantGroup(groupId, Resources.APPLICATION, "tasklist", ACCESS);
        }
        group(GroupIds.COUNCIL, "Hội đồng Thi đua – Khen thưởng LHHVN", Groups.GROUP_TYPE_WORKFLOW);
        group(GroupIds.COUNCIL_CHAIR, "Chủ tịch Hội đồng Thi đua – Khen thưởng", Groups.GROUP_TYPE_WORKFLOW);
        group(GroupIds.COUNCIL_OFFICE, "Thường trực Hội đồng Thi đua – Khen thưởng", Groups.GROUP_TYPE_WORKFLOW);
        group(GroupIds.SUPERVISORS, "Phụ trách cụm (Đoàn Chủ tịch)", Groups.GROUP_TYPE_WORKFLOW);
        for (String groupId : new String[] {GroupIds.COUNCIL, GroupIds.COUNCIL_CHAIR,
                GroupIds.COUNCIL_OFFICE, GroupIds.SUPERVISORS}) {
            authorizations.grantGroup(groupId, Resources.APPLICATION, "tasklist", ACCESS);
        }
        String office = GroupIds.COUNCIL_OFFICE;
        authorizations.grantGroup(office, Resources.APPLICATION, "cockpit", ACCESS);
        authorizations.grantGroup(office, Resources.PROCESS_DEFINITION, ANY, READ, READ_INSTANCE, READ_TASK, READ_HISTORY);
        authorizations.grantGroup(office, Resources.PROCESS_INSTANCE, ANY, READ);
        authorizations.grantGroup(office, Resources.DECISION_DEFINITION, ANY, READ, READ_HISTORY);
        authorizations.grantGroup(office, Resources.DEPLOYMENT, ANY, READ);
        // process and decision definitions are not secret: Tasklist needs them to show forms and diagrams
        authorizations.grantEveryone(Resources.PROCESS_DEFINITION, ANY, READ);
        authorizations.grantEveryone(Resources.DECISION_DEFINITION, ANY, READ);
        filters.createAndShare();
    }

    private void group(String id, String name, String type) {
        if (existingGroups.add(id)) {
            Group group = identityService.newGroup(id);
            group.setName(name);
            group.setType(type);
            identityService.saveGroup(group);
        }
    }
}
