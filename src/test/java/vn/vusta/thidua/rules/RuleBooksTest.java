package vn.vusta.thidua.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

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
        ruleBooks = new RuleBooks(engine);
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
    void shouldRecordEveryEvaluationInTheDecisionHistoryWhenTheHistoryLevelDoes() {
        RuleBook rules = ruleBooks.forVersions(ruleBooks.current());
        long before = engine.getHistoryService().createHistoricDecisionInstanceQuery().decisionDefinitionKey(Decisions.SCORE).count();

        rules.score(3, 2023, List.of(new FieldResult(1, BigDecimal.TEN, BigDecimal.TEN), new FieldResult(2, BigDecimal.TEN, BigDecimal.ONE)));

        assertThat(engine.getHistoryService().createHistoricDecisionInstanceQuery().decisionDefinitionKey(Decisions.SCORE).count())
                .isEqualTo(before + 2);
    }

    @Test
    void shouldAnswerForTheSystemWhateverTheCurrentUserMayDo() {
        ProcessEngine withAuthorization = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:rule-books-audit-test;DB_CLOSE_DELAY=-1")
                .setProcessEngineName("rule-books-audit-test")
                .setHistory(ProcessEngineConfiguration.HISTORY_AUDIT)
                .setAuthorizationEnabled(true)
                .setJobExecutorActivate(false)
                .buildProcessEngine();
        try {
            DeploymentBuilder deployment = withAuthorization.getRepositoryService().createDeployment().name("rules");
            Decisions.ALL.forEach(key -> deployment.addClasspathResource("processes/" + key + ".dmn"));
            deployment.deploy();
            RuleBooks audit = new RuleBooks(withAuthorization);
            RuleVersions versions = audit.current();
            RuleBook standalone = RuleBook.standalone();
            List<FieldResult> fields = List.of(new FieldResult(1, BigDecimal.TEN, new BigDecimal("13")),
                    new FieldResult(2, BigDecimal.TEN, BigDecimal.ONE));

            withAuthorization.getIdentityService().setAuthentication("an-officer", List.of("province-x"));
            try {
                RuleBook rules = audit.forVersions(versions);
                assertThat(rules.score(3, 2023, fields)).isEqualTo(standalone.score(3, 2023, fields));
                assertThat(rules.quotas(3, 2023, 9)).isEqualTo(standalone.quotas(3, 2023, 9));
                assertThat(rules.council(2024)).isEqualTo(standalone.council(2024));
            } finally {
                withAuthorization.getIdentityService().clearAuthentication();
            }
            assertThat(withAuthorization.getHistoryService().createHistoricDecisionInstanceQuery().count()).isZero();
        } finally {
            withAuthorization.close();
        }
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

        ProcessEngine engine = mock(ProcessEngine.class);
        when(engine.getRepositoryService()).thenReturn(repository);

        assertThatThrownBy(() -> new RuleBooks(engine).current())
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
