package vn.vusta.plaincamunda;

import java.nio.file.Path;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A plain Camunda 7 Spring Boot application as the starters make it, for the benchmark's reference measure: none of
 * thi-dua's configuration, beans or engine plugins (its own package, outside {@code vn.vusta.thidua}, and none of the
 * application's YAML), REST API without authentication, history {@code full}, H2 file database with H2's defaults.
 * Its engine is named {@value #ENGINE}, so its REST API answers under {@code /engine-rest/engine/plain}.
 */
@SpringBootApplication
public class PlainCamundaApplication {

    public static final String ENGINE = "plain";

    public static ConfigurableApplicationContext start(Path dataDir) {
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
