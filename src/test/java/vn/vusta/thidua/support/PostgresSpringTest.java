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
 * <p>
 * The engine is named {@value #ENGINE}, not "default": Camunda keeps engines in one JVM-wide map by name and the
 * REST API and webapps look them up there, so a second "default" engine (the H2 context of the other tests, cached
 * in the same JVM) would silently answer this context's REST calls, or lose its entry when either closes. Call the
 * REST API of this context at {@code /engine-rest/engine/postgres/...}. (The starter ignores, with a warning,
 * engine names containing a hyphen.)
 */
@SpringBootTest(classes = ThiDuaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"camunda.bpm.job-execution.enabled=false", "camunda.bpm.process-engine-name=" + PostgresSpringTest.ENGINE})
@ActiveProfiles({"demo", "test", "postgres"})
public abstract class PostgresSpringTest {

    public static final String ENGINE = "postgres";

    @DynamicPropertySource
    static void postgresDatabase(DynamicPropertyRegistry registry) {
        EmbeddedPostgres.registerFreshDatabase(registry, "app");
    }
}
