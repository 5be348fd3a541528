package vn.vusta.thidua.identity;

import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters every user sees, in Vietnamese, readable by everyone (each shows only the user's own tasks).
 * "Việc của đơn vị" comes first, so Tasklist opens on it: it holds all the user's work — the tasks of the user's
 * groups (a unit's officers, the council's office and chair), claimed or not, and the tasks given to the user alone
 * (a council member's vote).
 */
@Component
class TasklistFilters {

    static final String MY_TASKS = "Việc của tôi";
    static final String UNIT_TASKS = "Việc của đơn vị";
    /** Raised when a filter's definition changes; a filter saved with an older one is brought up to date. */
    static final int VERSION = 2;
    private static final String VERSION_PROPERTY = "thiduaVersion";

    private final FilterService filterService;
    private final TaskService taskService;
    private final Authorizations authorizations;

    TasklistFilters(FilterService filterService, TaskService taskService, Authorizations authorizations) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.authorizations = authorizations;
    }

    void createAndShare() {
        share(filter(UNIT_TASKS, "Mọi việc của tôi: việc giao cho đơn vị (nhóm) của tôi, chưa ai nhận hoặc đã nhận, "
                + "và việc giao riêng cho tôi", -10,
                taskService.createTaskQuery().or()
                        .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
                        .taskAssigneeExpression("${currentUser()}")
                        .endOr()));
        share(filter(MY_TASKS, "Việc tôi đã nhận, đang chờ tôi xử lý", -5,
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}")));
    }

    private Filter filter(String name, String description, int priority, TaskQuery query) {
        Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
        if (filter != null && filter.getProperties() != null
                && Integer.valueOf(VERSION).equals(filter.getProperties().get(VERSION_PROPERTY))) {
            return filter;
        }
        if (filter == null) {
            filter = filterService.newTaskFilter(name);
            filter.setOwner("admin");
        }
        filter.setQuery(query.orderByDueDate().asc());
        // no "variables" columns: Tasklist would fetch them for every listed task (officers may not even read them);
        // the task's name already says what to do and by when (cycle.TaskTexts)
        filter.setProperties(Map.of(
                "description", description,
                "priority", priority,
                "refresh", true,
                VERSION_PROPERTY, VERSION));
        return filterService.saveFilter(filter);
    }

    private void share(Filter filter) {
        authorizations.grantEveryone(Resources.FILTER, filter.getId(), Permissions.READ);
    }
}
