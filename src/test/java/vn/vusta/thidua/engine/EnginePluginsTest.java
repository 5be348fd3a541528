package vn.vusta.thidua.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.vusta.thidua.ThiDuaSpringTest;

/** The engine runs with the task-list plug-ins of this package (see CandidateTaskJoin, AuthorizationGroupLookup). */
@ThiDuaSpringTest
class EnginePluginsTest {

    @Autowired
    ProcessEngine engine;

    @Test
    void candidateTaskQueriesAreRewrittenAndAuthorizationChecksSkipTheGroupScan() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

        assertThat(configuration.getSqlSessionFactory().getConfiguration().getInterceptors())
                .anyMatch(i -> i instanceof CandidateTaskJoin.Rewrite);
        assertThat(configuration.getSessionFactories().get(AuthorizationManager.class).openSession())
                .isInstanceOf(AuthorizationGroupLookup.FewGroupsAuthorizationManager.class);
    }
}
