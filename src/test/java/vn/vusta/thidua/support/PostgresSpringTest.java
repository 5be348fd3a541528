package vn.vusta.thidua.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.vusta.thidua.ThiDuaApplication;

/**
 * Base of the tests that run the real application with the production profile {@code postgres} on the
 * embedded PostgreSQL: demo users, a random port, the job executor off (tests run jobs themselves).
 * Every subclass shares one Spring context and so one fresh database (Spring caches the context because
 * the {@code @DynamicPropertySource} method is the same).
 */
@SpringBootTest(classes = ThiDuaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles({"demo", "test", "postgres"})
public abstract class PostgresSpringTest {

    @DynamicPropertySource
    static void postgresDatabase(DynamicPropertyRegistry registry) {
        EmbeddedPostgres.registerFreshDatabase(registry, "app");
    }
}
