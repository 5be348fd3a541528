package vn.vusta.thidua.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.vusta.thidua.ThiDuaSpringTest;
import vn.vusta.thidua.reference.ClusterLeadership;
import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.rules.Quotas;
import vn.vusta.thidua.rules.RuleBooks;
import vn.vusta.thidua.support.CycleDriver;

/**
 * An administrator deploys a changed quota table in the middle of the year (as through Cockpit or REST): the
 * running cycle keeps the rules it opened with, a cycle opened afterwards uses the new table.
 */
@ThiDuaSpringTest
class RuleVersionPinningTest {

    @Autowired
    CycleStarter starter;
    @Autowired
    CycleDriver driver;
    @Autowired
    Cycles cycles;
    @Autowired
    RuleBooks ruleBooks;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    ReferenceData reference;

    @AfterEach
    void tearDown() {
        CycleDriver.resetClock();
    }

    @Test
    void aRunningCycleKeepsItsQuotasAfterANewTableIsDeployedWhileANewCycleUsesIt() throws IOException {
        reference.saveLeadership(new ClusterLeadership(6, 2050, "dak-lak", "khanh-hoa", "test"));
        reference.saveLeadership(new ClusterLeadership(6, 2051, "khanh-hoa", "da-nang", "test"));
        CycleDriver.setClock(2050, 1, 5);
        String running = starter.start(6, 2050).businessKey();
        driver.runJobs(running);
        Cycle before = cycles.find(running).orElseThrow();
        assertThat(ruleBooks.forVersions(before.rules()).quotas(6, 2050, 6)).isEqualTo(new Quotas(1, 1));

        // a regulation for cluster 6 from 2050: three of each title (only this row differs from the shipped table)
        String table = Files.readString(Path.of("processes/quotas.dmn"), StandardCharsets.UTF_8).replace(
                "      <rule id=\"Rule_quotas_default\">", """
                      <rule id="Rule_quotas_cluster6_2050">
                        <description>Quy chế cụm 6 từ năm 2050 (thử nghiệm)</description>
                        <inputEntry id="UnaryTests_c6_cluster"><text>6</text></inputEntry>
                        <inputEntry id="UnaryTests_c6_year"><text>[2050..2051]</text></inputEntry>
                        <inputEntry id="UnaryTests_c6_memberCount"><text>-</text></inputEntry>
                        <outputEntry id="LiteralExpression_c6_flags"><text>3</text></outputEntry>
                        <outputEntry id="LiteralExpression_c6_merits"><text>3</text></outputEntry>
                      </rule>
                      <rule id="Rule_quotas_default">""");
        repositoryService.createDeployment().name("quotas changed mid-year").addString("quotas.dmn", table).deploy();

        Cycle stillRunning = cycles.find(running).orElseThrow();
        assertThat(stillRunning.rules()).isEqualTo(before.rules());
        assertThat(ruleBooks.forVersions(stillRunning.rules()).quotas(6, 2050, 6)).isEqualTo(new Quotas(1, 1));

        CycleDriver.setClock(2051, 1, 5);
        String opened = starter.start(6, 2051).businessKey();
        driver.runJobs(opened);
        Cycle after = cycles.find(opened).orElseThrow();
        assertThat(after.rules().definitionIdOf("quotas")).isNotEqualTo(before.rules().definitionIdOf("quotas"));
        assertThat(after.rules().definitionIdOf("score")).isEqualTo(before.rules().definitionIdOf("score"));
        assertThat(ruleBooks.forVersions(after.rules()).quotas(6, 2051, 6)).isEqualTo(new Quotas(3, 3));
    }
}
