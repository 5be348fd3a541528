package vn.vusta.thidua.cycle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile: opens the cycles of the demo year for every cluster with known members and head, so the
 * first thing a newcomer sees in Tasklist is real work, and with {@code thidua.demo.example} the 2026 cycle of the
 * example cluster re-formed after the merger (reference.DemoReference). Idempotent (an opened cycle is not opened
 * again).
 */
@Component
@Profile("demo")
@Order(40)
class DemoCycles implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCycles.class);
    /** The example cluster re-formed after the 2025 merger (reference/demo/example-2026-clusters.csv). */
    static final int EXAMPLE_CLUSTER = 10;
    static final int EXAMPLE_YEAR = 2026;

    private final CycleStarter starter;
    private final boolean enabled;
    private final int year;
    private final boolean example;

    DemoCycles(CycleStarter starter, @Value("${thidua.demo.start-cycles:false}") boolean enabled,
            @Value("${thidua.demo.year:2024}") int year, @Value("${thidua.demo.example:false}") boolean example) {
        this.starter = starter;
        this.enabled = enabled;
        this.year = year;
        this.example = example;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        for (CycleStarter.Outcome outcome : starter.startAll(year)) {
            LOG.info("Demo cycle {}: {}", outcome.businessKey(), outcome.reason());
        }
        if (example) {
            CycleStarter.Outcome outcome = starter.start(EXAMPLE_CLUSTER, EXAMPLE_YEAR);
            LOG.info("Demo example cycle {}: {}", outcome.businessKey(), outcome.reason());
        }
    }
}
