package vn.vusta.thidua.bench;

import java.util.List;

/**
 * What the bench runs and how large, from system properties ({@code mvn -Pbench verify -Dbench.sections=year}); the
 * defaults are the full run of docs/performance.md. A short run to check the harness:
 * {@code -Dbench.middle=10 -Dbench.scaleBudgetSeconds=0 -Dbench.openYears=2 -Dbench.yearWarmups=0 -Dbench.yearRuns=1
 * -Dbench.browserRuns=2 -Dbench.startupRuns=1}.
 *
 * @param sections     "all", or a comma list of year (9 × 7 + baseline), scale, open (task list + rush), browser
 *                     (needs open), startup
 * @param databases    comma list of h2, postgres
 * @param middle       cluster-years of 8 units of the middle scale run
 * @param largest      cluster-years of 8 units of the largest scale run, if it fits the budget
 * @param scaleBudgetSeconds engine time the largest run may take on each database (a smaller one is chosen from the
 *                     measured trend otherwise; 0: none)
 * @param openYears    years of 80 × 8 open registration tasks for the task list, the browser and the rush
 * @param yearWarmups  unmeasured VUSTA years before the measured ones
 * @param yearRuns     measured VUSTA years (each followed by a plain run; the median is reported)
 * @param browserRuns  measured rounds of the officer in the browser (after one unmeasured)
 * @param startupRuns  interleaved rounds of start-ups
 */
record BenchSettings(String sections, List<String> databases, int middle, int largest, int scaleBudgetSeconds,
        int openYears, int yearWarmups, int yearRuns, int browserRuns, int startupRuns) {

    static BenchSettings fromSystemProperties() {
        return new BenchSettings(
                System.getProperty("bench.sections", "all"),
                List.of(System.getProperty("bench.databases", "h2,postgres").split(",")),
                Integer.getInteger("bench.middle", 100),
                Integer.getInteger("bench.largest", 1000),
                Integer.getInteger("bench.scaleBudgetSeconds", 240),
                Integer.getInteger("bench.openYears", 16),
                Integer.getInteger("bench.yearWarmups", 2),
                Integer.getInteger("bench.yearRuns", 3),
                Integer.getInteger("bench.browserRuns", 20),
                Integer.getInteger("bench.startupRuns", 3));
    }

    boolean runs(String section) {
        return "all".equals(sections) || List.of(sections.split(",")).contains(section);
    }

    boolean on(String database) {
        return databases.contains(database);
    }
}
