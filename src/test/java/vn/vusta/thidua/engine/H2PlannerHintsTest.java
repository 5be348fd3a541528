package vn.vusta.thidua.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.vusta.thidua.ThiDuaSpringTest;

/** H2 plans the engine's statements on the right indexes even on a new, empty database. */
@ThiDuaSpringTest
class H2PlannerHintsTest {

    private static final String VARIABLES_OF_AN_EXECUTION = """
            EXPLAIN SELECT RES.* FROM ACT_RU_VARIABLE RES
            LEFT JOIN ACT_RU_EXECUTION EXECUTION ON RES.EXECUTION_ID_ = EXECUTION.ID_
            LEFT JOIN ACT_RU_EXECUTION PARENT_EXECUTION ON EXECUTION.PARENT_ID_ = PARENT_EXECUTION.ID_
            WHERE EXECUTION_ID_ = 'x' AND TASK_ID_ is null""";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theVariablesOfAnExecutionAreFoundThroughTheExecutionIndex() {
        assertThat(jdbc.queryForObject(VARIABLES_OF_AN_EXECUTION, String.class))
                .contains("ACT_FK_VAR_EXE").doesNotContain("ACT_IDX_VARIABLE_TASK_ID");
        assertThat(jdbc.queryForObject("SELECT SELECTIVITY FROM INFORMATION_SCHEMA.COLUMNS "
                + "WHERE TABLE_NAME = 'ACT_RU_VARIABLE' AND COLUMN_NAME = 'TASK_ID_'", Integer.class)).isLessThanOrEqualTo(10);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME LIKE 'ACT\\_%' "
                + "AND COLUMN_NAME = 'TENANT_ID_' AND SELECTIVITY <= 10", Integer.class)).isGreaterThan(10);
    }

    @Test
    void withoutTheHintsANewDatabasePlansThatLookupOnTheTaskIndex() throws Exception {
        // the reason for the hints: the same schema, empty, without them
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:planner-hints-control;MODE=LEGACY", "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("RUNSCRIPT FROM 'classpath:org/camunda/bpm/engine/db/create/activiti.h2.create.engine.sql'");
            try (ResultSet plan = statement.executeQuery(VARIABLES_OF_AN_EXECUTION)) {
                plan.next();
                assertThat(plan.getString(1)).contains("ACT_IDX_VARIABLE_TASK_ID");
            }
        }
    }
}
