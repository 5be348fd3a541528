package vn.vusta.thidua.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.vusta.thidua.support.PostgresSpringTest;

/**
 * Measures what one unit's pass through one phase (a unit submits a form of ten fields, its cluster supervisor
 * reviews it) leaves in the history tables at the configured history level ({@code audit}; {@code full} when an operator sets it) on PostgreSQL: rows and bytes per
 * pass, logged for docs/deployment.md.
 */
class HistoryGrowthMeasurementTest extends PostgresSpringTest {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryGrowthMeasurementTest.class);
    private static final String PROCESS = "Process_TestUnitPhase";
    private static final int PASSES = 100;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;

    @Test
    void measuresHistoryRowsAndBytesPerUnitPhase() {
        repositoryService.createDeployment().addModelInstance(PROCESS + ".bpmn", unitPhase()).deploy();
        Map<String, Long> rowsBefore = rowsPerTable();
        Map<String, Long> bytesBefore = bytesPerTable();

        for (int i = 0; i < PASSES; i++) {
            runUnitPhase(i);
        }

        Map<String, Long> rowsAfter = rowsPerTable();
        Map<String, Long> bytesAfter = bytesPerTable();
        long rowsPerPass = 0;
        long bytesPerPass = 0;
        StringBuilder report = new StringBuilder();
        for (String table : rowsAfter.keySet()) {
            double rows = (rowsAfter.get(table) - rowsBefore.getOrDefault(table, 0L)) / (double) PASSES;
            double bytes = (bytesAfter.get(table) - bytesBefore.getOrDefault(table, 0L)) / (double) PASSES;
            if (rows > 0 || bytes > 0) {
                report.append(String.format("%n  %-22s %6.2f rows %8.0f bytes", table, rows, bytes));
            }
            rowsPerPass += Math.round(rows * 100);
            bytesPerPass += Math.round(bytes);
        }
        report.append(String.format("%n  total %.2f rows, %d bytes (tables with their indexes and TOAST)",
                rowsPerPass / 100.0, bytesPerPass));
        LOG.info("History per unit phase (2 tasks, 16 variables), averaged over {} passes:{}", PASSES, report);

        assertThat(rowsAfter.get("act_hi_procinst") - rowsBefore.get("act_hi_procinst")).isEqualTo(PASSES);
        assertThat(rowsAfter.get("act_hi_taskinst") - rowsBefore.get("act_hi_taskinst")).isEqualTo(2L * PASSES);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS).count()).isZero();
    }

    private void runUnitPhase(int i) {
        String unit = "son-la";
        VariableMap start = Variables.createVariables().putValue("year", 2026).putValue("clusterNo", 3)
                .putValue("unitCode", unit).putValue("phase", "registration");
        String instance = runtimeService.startProcessInstanceByKey(PROCESS, "2026-3-" + unit + "-" + i, start).getId();

        as(unit, "province-" + unit, () -> {
            Task submit = taskService.createTaskQuery().processInstanceId(instance).singleResult();
            taskService.claim(submit.getId(), unit);
            VariableMap form = Variables.createVariables();
            for (int field = 1; field <= 8; field++) {
                form.putValue("target" + field, (long) field * 10);
            }
            form.putValue("commitment", "Đăng ký thi đua năm 2026: hoàn thành các chỉ tiêu, tổ chức hội thảo, tư vấn phản biện.");
            form.putValue("signedBy", "Chủ tịch LHH " + unit);
            taskService.complete(submit.getId(), form);
        });
        as("cluster-3-supervisor", "cluster-supervisors", () -> {
            Task review = taskService.createTaskQuery().processInstanceId(instance).singleResult();
            taskService.claim(review.getId(), "cluster-3-supervisor");
            taskService.complete(review.getId(), Variables.createVariables().putValue("accepted", true)
                    .putValue("reviewComment", "Đạt yêu cầu"));
        });
    }

    private void as(String user, String group, Runnable work) {
        identityService.setAuthentication(user, List.of(group));
        try {
            work.run();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private static BpmnModelInstance unitPhase() {
        return Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(3650)
                .startEvent("StartEvent_PhaseOpened")
                .userTask("Task_Submit").camundaCandidateGroups("province-${unitCode}")
                .userTask("Task_Review").camundaCandidateGroups("cluster-supervisors")
                .endEvent("EndEvent_PhaseDone")
                .done();
    }

    private Map<String, Long> rowsPerTable() {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : engineTables()) {
            rows.put(table, jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class));
        }
        return rows;
    }

    private Map<String, Long> bytesPerTable() {
        Map<String, Long> bytes = new LinkedHashMap<>();
        for (String table : engineTables()) {
            bytes.put(table, jdbc.queryForObject("SELECT pg_total_relation_size(?::regclass)", Long.class, table));
        }
        return bytes;
    }

    private List<String> engineTables() {
        return jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                + " AND (table_name LIKE 'act_hi_%' OR table_name = 'act_ge_bytearray') ORDER BY table_name", String.class);
    }
}
