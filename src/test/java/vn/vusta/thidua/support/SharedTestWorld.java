package vn.vusta.thidua.support;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.reference.ReferenceImporter;
import vn.vusta.thidua.reference.ReferenceKind;

/**
 * The shared test database's clusters after the 2025 merger, loaded at start (after the bundled reference data)
 * so that every test sees the same world whatever the order: cluster 6 lost four of its six members to the merger
 * and is re-formed from 2026 with six current units (Quảng Ngãi, Khánh Hoà, and Gia Lai, Đắk Lắk, Lâm Đồng, Đà
 * Nẵng). Tests of later years run a six-member cluster 6 as the tests before the merger did. A fixture only: VUSTA's
 * composition after the merger is not public.
 */
@Component
@Profile("shared-test-world")
@Order(11)
class SharedTestWorld implements ApplicationRunner {

    private final ReferenceImporter importer;

    SharedTestWorld(ReferenceImporter importer) {
        this.importer = importer;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        try (Reader csv = new InputStreamReader(new ClassPathResource("test-world/cluster-6-after-merger.csv")
                .getInputStream(), StandardCharsets.UTF_8)) {
            importer.importCsv(ReferenceKind.CLUSTERS, csv, "test");
        }
    }
}
