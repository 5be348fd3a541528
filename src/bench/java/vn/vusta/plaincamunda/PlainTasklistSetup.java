package vn.vusta.plaincamunda;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Only for the browser measure ({@code --plaincamunda.units=640 --plaincamunda.open-tasks=10240
 * --plaincamunda.form=<file>}): what a plain Camunda installation for the same officers would hold, set up as an
 * administrator would. One user ({@code unit0001} …, password {@code demo}) and one group each with Tasklist
 * access; the filters "Việc của tôi" and "Việc của đơn vị" with the same queries, priorities and properties as
 * thi-dua's, readable by everyone; process definitions readable by everyone; start → user task → end with the given
 * Camunda Form, its candidate group the unit's; as many open instances as asked, spread over the units. Authorization
 * must be switched on by the caller ({@code --camunda.bpm.authorization.enabled=true}).
 */
@Component
@ConditionalOnProperty("plaincamunda.units")
class PlainTasklistSetup implements ApplicationRunner {

    static final String PROCESS = "plain-tasklist";
    private static final String FORM_ID = "plain-form";

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final FilterService filterService;
    private final TaskService taskService;
    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final TransactionTemplate transaction;
    private final int units;
    private final int openTasks;
    private final Path form;

    PlainTasklistSetup(IdentityService identityService, AuthorizationService authorizationService, FilterService filterService,
            TaskService taskService, RepositoryService repositoryService, RuntimeService runtimeService,
            TransactionTemplate transaction, @Value("${plaincamunda.units}") int units,
            @Value("${plaincamunda.open-tasks:0}") int openTasks, @Value("${plaincamunda.form}") Path form) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.filterService = filterService;
        this.taskService = taskService;
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.transaction = transaction;
        this.units = units;
        this.openTasks = openTasks;
        this.form = form;
    }

    static String unit(int n) {
        return String.format("unit%04d", n);
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        transaction.executeWithoutResult(status -> {
            for (int n = 1; n <= units; n++) {
                User user = identityService.newUser(unit(n));
                user.setFirstName("Đơn vị");
                user.setLastName(String.valueOf(n));
                user.setPassword("demo");
                identityService.saveUser(user);
                Group group = identityService.newGroup(unit(n));
                group.setName("Đơn vị " + n);
                group.setType("WORKFLOW");
                identityService.saveGroup(group);
                identityService.createMembership(unit(n), unit(n));
                grant(unit(n), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            }
            grant(null, Resources.PROCESS_DEFINITION, "*", Permissions.READ);
            share(filter("Việc của tôi", "Việc đã nhận, đang chờ tôi xử lý", -10,
                    taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}")));
            share(filter("Việc của đơn vị", "Việc giao cho đơn vị (nhóm) của tôi, chưa ai nhận hoặc đã nhận", -5,
                    taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()));
        });
        BpmnModelInstance process = Bpmn.createExecutableProcess(PROCESS).name("Quy trình đơn giản")
                .camundaHistoryTimeToLive(3650)
                .startEvent("StartEvent_Plain")
                .userTask("Task_Plain").name("Việc đơn giản").camundaCandidateGroups("${unit}")
                .camundaFormRef(FORM_ID).camundaFormRefBinding("deployment")
                .endEvent("EndEvent_Plain")
                .done();
        com.fasterxml.jackson.databind.node.ObjectNode formModel = (com.fasterxml.jackson.databind.node.ObjectNode)
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(form.toFile());
        String formJson = formModel.put("id", FORM_ID).toString();
        try (InputStream formStream = new java.io.ByteArrayInputStream(formJson.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            repositoryService.createDeployment().name(PROCESS).addModelInstance(PROCESS + ".bpmn", process)
                    .addInputStream(FORM_ID + ".form", formStream).deploy();
        }
        // in batches of one transaction each: the set-up is not what is measured
        for (int from = 0; from < openTasks; from += 200) {
            int first = from;
            transaction.executeWithoutResult(status -> {
                for (int i = first; i < Math.min(openTasks, first + 200); i++) {
                    runtimeService.startProcessInstanceByKey(PROCESS, "plain-" + i, Map.of("unit", unit(i % units + 1)));
                }
            });
        }
    }

    private Filter filter(String name, String description, int priority, TaskQuery query) {
        Filter filter = filterService.newTaskFilter(name);
        filter.setOwner("admin");
        filter.setQuery(query.orderByDueDate().asc());
        filter.setProperties(Map.of("description", description, "priority", priority, "refresh", true));
        return filterService.saveFilter(filter);
    }

    private void share(Filter filter) {
        grant(null, Resources.FILTER, filter.getId(), Permissions.READ);
    }

    /** A grant to the group, or to everyone when {@code groupId} is null. */
    private void grant(String groupId, Resource resource, String resourceId, Permission permission) {
        Authorization a = authorizationService.createNewAuthorization(groupId == null ? Authorization.AUTH_TYPE_GLOBAL
                : Authorization.AUTH_TYPE_GRANT);
        if (groupId == null) {
            a.setUserId(Authorization.ANY);
        } else {
            a.setGroupId(groupId);
        }
        a.setResource(resource);
        a.setResourceId(resourceId);
        a.addPermission(permission);
        authorizationService.saveAuthorization(a);
    }
}
