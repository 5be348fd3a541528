package vn.vusta.thidua.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Spring-facing side of the rules, against a real in-memory process engine (no Spring context needed). */
class RuleBooksTest {

    private static ProcessEngine engine;
    private static RuleBooks ruleBooks;

    @BeforeAll
    static void startEngineWithTheRuleTables() {
        engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:rule-books-test;DB_CLOSE_DELAY=-1")
                .setProcessEngineName("rule-books-test")
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                .setJobExecutorActivate(false)
                .buildProcessEngine();
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("rules");
        Decisions.ALL.forEach(key -> deployment.addClasspathResource("processes/" + key + ".dmn"));
        deployment.deploy();
        ruleBooks = new RuleBooks(engine.getDecisionService(), engine.getRepositoryService());
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    @Test
    void shouldRecordTheLatestDefinitionOfEveryRuleDecision() {
        RuleVersions versions = ruleBooks.current();

        assertThat(versions.decisionDefinitionIds()).containsOnlyKeys(Decisions.ALL);
        assertThat(versions.definitionIdOf(Decisions.QUOTAS)).startsWith("quotas:");
    }

    @Test
    void shouldEvaluateTheDeployedTablesLikeTheStandaloneOnes() {
        RuleBook deployed = ruleBooks.forVersions(ruleBooks.current());
        RuleBook standalone = RuleBook.standalone();

        assertThat(deployed.quotas(3, 2023, 9)).isEqualTo(standalone.quotas(3, 2023, 9));
        assertThat(deployed.voteRules(8, 2024)).isEqualTo(standalone.voteRules(8, 2024));
        assertThat(deployed.rotation(8, 2024, Role.HEAD, true, false).eligible()).isFalse();
        assertThat(deployed.council(2024).strictlyAbove()).isTrue();
    }

    @Test
    void shouldKeepTheRecordedRulesAfterANewTableIsDeployed() throws IOException {
        RuleVersions recordedAtCycleStart = ruleBooks.current();

        deployQuotas(quotasTable().replace("floor(memberCount / 4)", "floor(memberCount / 3)"));
        try {
            RuleVersions latest = ruleBooks.current();
            assertThat(latest.definitionIdOf(Decisions.QUOTAS))
                    .isNotEqualTo(recordedAtCycleStart.definitionIdOf(Decisions.QUOTAS));
            assertThat(ruleBooks.forVersions(recordedAtCycleStart).quotas(3, 2023, 6)).isEqualTo(new Quotas(1, 1));
            assertThat(ruleBooks.forVersions(latest).quotas(3, 2023, 6)).isEqualTo(new Quotas(2, 2));
        } finally {
            deployQuotas(quotasTable()); // the other tests expect the shipped table to be the latest
        }
    }

    @Test
    void shouldNameADecisionThatIsNotDeployed() {
        RepositoryService repository = mock(RepositoryService.class, RETURNS_DEEP_STUBS);
        when(repository.createDecisionDefinitionQuery().decisionDefinitionKey(Decisions.SCORE).latestVersion()
                .singleResult()).thenReturn(null);

        assertThatThrownBy(() -> new RuleBooks(mock(DecisionService.class), repository).current())
                .isInstanceOf(RuleEvaluationException.class)
                .hasMessageContaining("'score' is not deployed");
    }

    private static String quotasTable() throws IOException {
        try (InputStream in = RuleBooksTest.class.getClassLoader().getResourceAsStream("processes/quotas.dmn")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void deployQuotas(String table) {
        engine.getRepositoryService().createDeployment().name("quotas").addString("quotas.dmn", table).deploy();
    }
}
