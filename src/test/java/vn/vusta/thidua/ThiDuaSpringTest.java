package vn.vusta.thidua;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring context most tests share (cached by Spring between test classes): the real application on
 * an in-memory H2 with demo users, a random port, the job executor off, and the clusters of {@code SharedTestWorld}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = ThiDuaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test", "shared-test-world"})
public @interface ThiDuaSpringTest {
}
