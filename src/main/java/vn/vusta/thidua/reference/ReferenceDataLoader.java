package vn.vusta.thidua.reference;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the bundled reference CSV files at every start: rows not stored yet are added, stored ones are left as they
 * are (an administrator's later changes win), so a restart changes nothing.
 */
@Component
@Order(10)
class ReferenceDataLoader implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ReferenceDataLoader.class);
    private static final Map<ReferenceKind, String> BUNDLED = new java.util.LinkedHashMap<>();

    static {
        BUNDLED.put(ReferenceKind.PROVINCES, "reference/provinces-63.csv");
        BUNDLED.put(ReferenceKind.CLUSTERS, "reference/clusters-2022.csv");
        BUNDLED.put(ReferenceKind.HEADS, "reference/heads.csv");
        BUNDLED.put(ReferenceKind.MERGERS, "reference/merger-2025-full.csv");
        BUNDLED.put(ReferenceKind.RENAMES, "reference/renames.csv");
    }

    private final ReferenceImporter importer;

    ReferenceDataLoader(ReferenceImporter importer) {
        this.importer = importer;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        for (Map.Entry<ReferenceKind, String> file : BUNDLED.entrySet()) {
            try (Reader csv = new InputStreamReader(new ClassPathResource(file.getValue()).getInputStream(),
                    StandardCharsets.UTF_8)) {
                ImportSummary summary = importer.importMissing(file.getKey(), csv, "system");
                LOG.info("Reference data {}: {} lines, {} changed", file.getValue(), summary.lines(), summary.changed());
            }
        }
    }
}
