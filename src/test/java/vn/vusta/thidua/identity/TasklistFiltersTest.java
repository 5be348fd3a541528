package vn.vusta.thidua.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.vusta.thidua.ThiDuaSpringTest;

@ThiDuaSpringTest
class TasklistFiltersTest {

    @Autowired
    FilterService filterService;
    @Autowired
    TasklistFilters filters;

    @Test
    void theFiltersFetchNoVariablesPerTaskAndAnOlderFilterLosesThem() {
        Filter unit = filterService.createFilterQuery().filterName(TasklistFilters.UNIT_TASKS).singleResult();
        assertThat(unit.getProperties()).containsKeys("description", "priority", "refresh").doesNotContainKey("variables");

        // as created by an earlier version: clusterLabel/year columns fetched for every listed task
        Map<String, Object> old = new HashMap<>(unit.getProperties());
        old.put("variables", List.of(Map.of("name", "clusterLabel", "label", "Cụm thi đua")));
        unit.setProperties(old);
        filterService.saveFilter(unit);

        filters.createAndShare();

        Filter again = filterService.getFilter(unit.getId());
        assertThat(again.getProperties()).doesNotContainKey("variables").containsEntry("priority", -5);
        assertThat(filterService.createFilterQuery().filterName(TasklistFilters.UNIT_TASKS).count()).isEqualTo(1);
    }
}
