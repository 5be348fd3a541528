package vn.vusta.thidua.identity;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/** The Tasklist filters every user sees, in Vietnamese, readable by everyone (each shows only the user's own tasks). */
@Component
class TasklistFilters {

    static final String MY_TASKS = "Việc của tôi";
    static final String UNIT_TASKS = "Việc của đơn vị";

    private final FilterService filterService;
    private final TaskService taskService;
    private final Authorizations authorizations;

    TasklistFilters(FilterService filterService, TaskService taskService, Authorizations authorizations) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.authorizations = authorizations;
    }

    void createAndShare() {
        share(filter(MY_TASKS, "Việc đã nhận, đang chờ tôi xử lý", -10,
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}")));
        share(filter(UNIT_TASKS, "Việc giao cho đơn vị (nhóm) của tôi, chưa ai nhận hoặc đã nhận", -5,
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks()));
    }

    private Filter filter(String name, String description, int priority, TaskQuery query) {
        Filter existing = filterService.createFilterQuery().filterName(name).singleResult();
        if (existing != null) {
            if (existing.getProperties() != null && existing.getProperties().containsKey("variables")) {
                // created by an earlier version with clusterLabel/year columns
                Map<String, Object> properties = new HashMap<>(existing.getProperties());
                properties.remove("variables");
                existing.setProperties(properties);
                return filterService.saveFilter(existing);
            }
            return existing;
        }
        Filter filter = filterService.newTaskFilter(name);
        filter.setOwner("admin");
        filter.setQuery(query.orderByDueDate().asc());
        // no "variables" columns: Tasklist would fetch them for every listed task (officers may not even read them);
        // the task's name already says the year and the cluster (cycle.TaskPresenter)
        filter.setProperties(Map.of(
                "description", description,
                "priority", priority,
                "refresh", true));
        return filterService.saveFilter(filter);
    }

    private void share(Filter filter) {
        authorizations.grantEveryone(Resources.FILTER, filter.getId(), Permissions.READ);
    }
}
