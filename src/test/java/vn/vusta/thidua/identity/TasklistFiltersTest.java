package vn.vusta.thidua.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.vusta.thidua.ThiDuaSpringTest;

@ThiDuaSpringTest
class TasklistFiltersTest {

    @Autowired
    FilterService filterService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    TasklistFilters filters;

    @Test
    void theFiltersFetchNoVariablesPerTaskAndAnOlderFilterIsBroughtUpToDate() {
        Filter unit = filterService.createFilterQuery().filterName(TasklistFilters.UNIT_TASKS).singleResult();
        assertThat(unit.getProperties()).containsKeys("description", "priority", "refresh").doesNotContainKey("variables");

        // as created by an earlier version: second in the list, clusterLabel/year columns fetched for every listed task
        Map<String, Object> old = new HashMap<>(unit.getProperties());
        old.remove("thiduaVersion");
        old.put("priority", -5);
        old.put("variables", List.of(Map.of("name", "clusterLabel", "label", "Cụm thi đua")));
        unit.setProperties(old);
        filterService.saveFilter(unit);

        filters.createAndShare();

        Filter again = filterService.getFilter(unit.getId());
        assertThat(again.getProperties()).doesNotContainKey("variables").containsEntry("priority", -10)
                .containsEntry("thiduaVersion", TasklistFilters.VERSION);
        assertThat(filterService.createFilterQuery().filterName(TasklistFilters.UNIT_TASKS).count()).isEqualTo(1);
    }

    @Test
    void theUnitsFilterComesFirstAndHoldsAllOfTheUsersWork() {
        Filter unit = filterService.createFilterQuery().filterName(TasklistFilters.UNIT_TASKS).singleResult();
        Filter mine = filterService.createFilterQuery().filterName(TasklistFilters.MY_TASKS).singleResult();
        assertThat((Integer) unit.getProperties().get("priority")).isLessThan((Integer) mine.getProperties().get("priority"));

        String user = "filters-test-officer";
        String group = "province-filters-test";
        Task open = task("việc của đơn vị, chưa ai nhận", t -> taskService.addCandidateGroup(t.getId(), group));
        Task claimed = task("việc của đơn vị, đã nhận", t -> {
            taskService.addCandidateGroup(t.getId(), group);
            taskService.claim(t.getId(), user);
        });
        Task alone = task("việc giao riêng (biểu quyết của thành viên Hội đồng)", t -> taskService.setAssignee(t.getId(), user));
        Task other = task("việc của đơn vị khác", t -> taskService.addCandidateGroup(t.getId(), "province-filters-other"));
        try {
            identityService.setAuthentication(user, List.of(group));
            assertThat(filterService.<Task>list(unit.getId())).extracting(Task::getId)
                    .contains(open.getId(), claimed.getId(), alone.getId()).doesNotContain(other.getId());
            assertThat(filterService.<Task>list(mine.getId())).extracting(Task::getId)
                    .contains(claimed.getId(), alone.getId()).doesNotContain(open.getId(), other.getId());
        } finally {
            identityService.clearAuthentication();
            for (Task task : List.of(open, claimed, alone, other)) {
                taskService.deleteTask(task.getId(), true);
            }
        }
    }

    private Task task(String name, java.util.function.Consumer<Task> setUp) {
        Task task = taskService.newTask();
        task.setName(name);
        taskService.saveTask(task);
        setUp.accept(task);
        return task;
    }
}
