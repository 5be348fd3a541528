package vn.vusta.thidua.bench;

import java.util.List;

/**
 * What the bench runs and how large, from system properties ({@code mvn -Pbench verify -Dbench.sections=year}); the
 * defaults are the full run of docs/performance.md. {@code -Dbench.quick=true} changes the defaults to a short run
 * that checks every section end to end in a few minutes (figures meaningless): {@code bench.middle=10},
 * {@code bench.scaleBudgetSeconds=0}, {@code bench.openYears=2}, {@code bench.yearWarmups=0}, {@code bench.yearRuns=1},
 * {@code bench.browserRuns=2}, {@code bench.startupRuns=1}; each can still be set on its own.
 *
 * @param sections     "all", or a comma list of year (9 × 7 + baseline), scale, open (task list + rush), browser
 *                     (needs open), startup; {@code bench.h2.sections} / {@code bench.postgres.sections} for one
 *                     database only
 * @param databases    comma list of h2, postgres
 * @param middle       cluster-years of 8 units of the middle scale run
 * @param largest      cluster-years of 8 units of the largest scale run, if it fits the budget
 * @param scaleBudgetSeconds engine time the largest run may take on each database (a smaller one is chosen from the
 *                     measured trend otherwise; 0: none)
 * @param openYears    years of 80 × 8 open registration tasks for the task list, the browser and the rush
 * @param yearWarmups  unmeasured VUSTA years before the measured ones
 * @param yearRuns     measured VUSTA years (each followed by a plain run; the median is reported)
 * @param browserRuns  measured rounds of the officer in the browser (after one unmeasured)
 * @param startupRuns  interleaved rounds of start-ups (thi-dua production and plain; with {@code -Dbench.startupDemo=true}
 *                     thi-dua's demo profile on H2 too)
 */
record BenchSettings(String sections, List<String> databases, int middle, int largest, int scaleBudgetSeconds,
        int openYears, int yearWarmups, int yearRuns, int browserRuns, int startupRuns) {

    static BenchSettings fromSystemProperties() {
        boolean quick = Boolean.getBoolean("bench.quick");
        return new BenchSettings(
                System.getProperty("bench.sections", "all"),
                List.of(System.getProperty("bench.databases", "h2,postgres").split(",")),
                Integer.getInteger("bench.middle", quick ? 10 : 100),
                Integer.getInteger("bench.largest", 1000),
                Integer.getInteger("bench.scaleBudgetSeconds", quick ? 0 : 240),
                Integer.getInteger("bench.openYears", quick ? 2 : 16),
                Integer.getInteger("bench.yearWarmups", quick ? 0 : 2),
                Integer.getInteger("bench.yearRuns", quick ? 1 : 3),
                Integer.getInteger("bench.browserRuns", quick ? 2 : 20),
                Integer.getInteger("bench.startupRuns", quick ? 1 : 3));
    }

    /**
     * The settings for one database: its own sections if {@code bench.<database>.sections} is given
     * ({@code -Dbench.h2.sections=open,browser}), the common ones otherwise.
     */
    BenchSettings forDatabase(String database) {
        return new BenchSettings(System.getProperty("bench." + database + ".sections", sections), databases, middle, largest,
                scaleBudgetSeconds, openYears, yearWarmups, yearRuns, browserRuns, startupRuns);
    }

    boolean runs(String section) {
        return "all".equals(sections) || List.of(sections.split(",")).contains(section);
    }

    boolean on(String database) {
        return databases.contains(database);
    }
}
