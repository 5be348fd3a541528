package vn.vusta.thidua.reference;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Demo profile, after the bundled reference data: the demo supervisors of the published clusters (who supervises
 * which cluster is data, {@code reference/demo/supervisors.csv}), and with {@code thidua.demo.example} today's
 * situation as a clearly marked example — cluster 10 re-formed from 1 January 2026 of the units that clusters 8 and
 * 9 merged into, with its head, deputy and supervisor ({@code reference/demo/example-2026-*.csv}). Applied once.
 */
@Component
@Profile("demo")
@Order(15)
class DemoReference implements ApplicationRunner {

    static final int EXAMPLE_CLUSTER = 10;
    static final LocalDate EXAMPLE_FROM = LocalDate.of(2026, 1, 1);
    private static final Logger LOG = LoggerFactory.getLogger(DemoReference.class);

    private final ReferenceImporter importer;
    private final ClusterReformation reformation;
    private final ReferenceData reference;
    private final boolean example;

    DemoReference(ReferenceImporter importer, ClusterReformation reformation, ReferenceData reference,
            @Value("${thidua.demo.example:false}") boolean example) {
        this.importer = importer;
        this.reformation = reformation;
        this.reference = reference;
        this.example = example;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        try (Reader csv = open("reference/demo/supervisors.csv")) {
            importer.importMissing(ReferenceKind.SUPERVISORS, csv, "system");
        }
        if (!example || reference.cluster(EXAMPLE_CLUSTER).isPresent()) {
            return;
        }
        try (Reader csv = open("reference/demo/example-2026-clusters.csv")) {
            ClusterReformation.Summary summary = reformation.reform(EXAMPLE_FROM, csv, "system");
            LOG.info("Demo example: cluster {} from {}: {}", EXAMPLE_CLUSTER, EXAMPLE_FROM, summary.clusters());
        }
        try (Reader csv = open("reference/demo/example-2026-heads.csv")) {
            importer.importMissing(ReferenceKind.HEADS, csv, "system");
        }
        try (Reader csv = open("reference/demo/example-2026-supervisors.csv")) {
            importer.importMissing(ReferenceKind.SUPERVISORS, csv, "system");
        }
    }

    private static Reader open(String resource) throws IOException {
        return new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8);
    }
}
