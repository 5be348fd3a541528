package vn.vusta.thidua.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.vusta.thidua.ThiDuaSpringTest;

/** The indexes thi-dua adds to the engine's tables exist after start-up and are what the database uses. */
@ThiDuaSpringTest
class EngineIndexesTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void findsATasksSubtasksThroughTheParentIndexNotByReadingEveryTask() {
        assertThat(jdbc.queryForObject("SELECT count(*) FROM INFORMATION_SCHEMA.INDEXES WHERE INDEX_NAME = 'THIDUA_IDX_TASK_PARENT'",
                Integer.class)).isEqualTo(1);
        String plan = jdbc.queryForObject("EXPLAIN SELECT ID_ FROM ACT_RU_TASK WHERE PARENT_TASK_ID_ = 'x'", String.class);
        assertThat(plan).contains("THIDUA_IDX_TASK_PARENT").doesNotContain("tableScan");
    }
}
