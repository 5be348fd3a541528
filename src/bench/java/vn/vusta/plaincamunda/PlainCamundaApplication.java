package vn.vusta.plaincamunda;

import java.nio.file.Path;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A plain Camunda 7 Spring Boot application as the starters make it (webapps, REST, H2 or PostgreSQL): none of
 * thi-dua's code, configuration or engine plugins. The benchmark uses it twice:
 * <ul>
 * <li>packaged on its own ({@code src/bench/plain-camunda/pom.xml}, built by {@code mvn -Pbench verify} into
 * {@code target/plain-camunda/plain-camunda.jar}) and started as a child process next to thi-dua's jar: start-up,
 * memory, and Tasklist in the browser ({@link PlainTasklistSetup});</li>
 * <li>in the bench JVM for the issue-8 reference measure ({@link #startForReference}), engine {@value #ENGINE}.</li>
 * </ul>
 */
@SpringBootApplication
public class PlainCamundaApplication {

    public static final String ENGINE = "plain";

    public static void main(String[] args) {
        SpringApplication.run(PlainCamundaApplication.class, args);
    }

    /**
     * In the bench JVM, next to thi-dua's context: REST API without authentication, history {@code full}, H2 file
     * database with H2's defaults, no webapps (thi-dua's webapp resources share this class path), no job executor.
     */
    public static ConfigurableApplicationContext startForReference(Path dataDir) {
        SpringApplication application = new SpringApplicationBuilder(PlainCamundaApplication.class).build();
        // as arguments: spring.config.name must be known before any configuration file is read
        return application.run(
                "--spring.config.name=plain-camunda-application",
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("plain").toAbsolutePath(),
                "--spring.flyway.enabled=false",
                "--camunda.bpm.process-engine-name=" + ENGINE,
                "--camunda.bpm.history-level=full",
                "--camunda.bpm.webapp.enabled=false",
                "--camunda.bpm.job-execution.enabled=false");
    }
}
