package vn.vusta.thidua.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import org.springframework.util.FileSystemUtils;

import vn.vusta.thidua.bench.Report.Part;

/**
 * Section 6: thi-dua's packaged jar against the plain Camunda jar built the same way, on the same database kind, in
 * interleaved rounds (each round starts every configuration once, on a new database, alternating which goes first),
 * so that a slow minute of the shared machine hits both; the ratio of the medians of time until ready and of
 * resident memory. Then one more start of each with a JFR recording: where the extra time goes.
 */
final class StartupComparison {

    private static final Path LOGS = BenchDatabase.DIRECTORY.resolve("startup");

    private final Report report;
    private final BenchSettings settings;
    private final Path jar;
    private final Path plainJar;

    StartupComparison(Report report, BenchSettings settings, Path jar, Path plainJar) {
        this.report = report;
        this.settings = settings;
        this.jar = jar;
        this.plainJar = plainJar;
    }

    /** The rounds on one database kind; {@code postgres} is null for H2. With a profile of one more start of each. */
    void run(BenchApp.Kind kind, BenchPostgres postgres, boolean profile) throws Exception {
        report.table(Part.STARTUP, "| database | application | starts | until /engine-rest/engine answers (median) | each start"
                + " | Spring's \"Started in\" (median start) | RSS 1 s after ready (median) | RSS after a full GC (median) |\n"
                + "|---|---|---:|---:|---|---:|---:|---:|");
        Map<String, List<PackagedJarStartup.Result>> results = new LinkedHashMap<>();
        int databases = 0;
        for (int round = 0; round < Math.max(1, settings.startupRuns()); round++) {
            List<Function<Integer, PackagedJarStartup.Launch>> order = new ArrayList<>(launches(kind, postgres));
            if (round % 2 == 1) {
                java.util.Collections.reverse(order);
            }
            for (Function<Integer, PackagedJarStartup.Launch> launch : order) {
                PackagedJarStartup.Launch l = launch.apply(++databases);
                try {
                    results.computeIfAbsent(l.label(), k -> new ArrayList<>()).add(PackagedJarStartup.measure(l, LOGS));
                } finally {
                    cleanUp(l);
                }
            }
        }
        results.forEach((label, runs) -> report.row(Part.STARTUP, row(kind, label, runs)));
        List<PackagedJarStartup.Result> ours = results.get("thi-dua, production");
        List<PackagedJarStartup.Result> plain = results.get("plain Camunda");
        double time = median(ours, PackagedJarStartup.Result::secondsUntilAnswer) / median(plain, PackagedJarStartup.Result::secondsUntilAnswer);
        double rss = median(ours, r -> r.rssKb()) / median(plain, r -> r.rssKb());
        double rssGc = median(ours, r -> r.rssAfterGcKb()) / median(plain, r -> r.rssAfterGcKb());
        report.row(Part.STARTUP, String.format("| %s | **ratio thi-dua production / plain** | | **%.2f ×** | | | **%.2f ×** | **%.2f ×** |",
                kind.label, time, rss, rssGc));
        report.verdict(Part.STARTUP, kind.label + ": start-up ≤ 1.3 × the plain application's", time <= 1.3, String.format("%.2f × "
                + "(%.1f s against %.1f s)", time, median(ours, PackagedJarStartup.Result::secondsUntilAnswer),
                median(plain, PackagedJarStartup.Result::secondsUntilAnswer)));
        report.verdict(Part.STARTUP, kind.label + ": resident memory ≤ 1.2 × the plain application's (1 s after ready, and after a "
                + "full GC)", rss <= 1.2 && rssGc <= 1.2, String.format("%.2f × (%,d MB against %,d MB); after a full GC %.2f × (%,d MB "
                + "against %,d MB)", rss, (long) median(ours, r -> r.rssKb()) >> 10, (long) median(plain, r -> r.rssKb()) >> 10, rssGc,
                (long) median(ours, r -> r.rssAfterGcKb()) >> 10, (long) median(plain, r -> r.rssAfterGcKb()) >> 10));
        milestones(kind, ours, plain);
        if (profile) {
            profile(kind, postgres, ++databases);
        }
    }

    /** The median time of each milestone over the rounds, thi-dua next to plain, and what each step added. */
    private void milestones(BenchApp.Kind kind, List<PackagedJarStartup.Result> ours, List<PackagedJarStartup.Result> plain)
            throws java.io.IOException {
        Map<String, Double> o = medianMilestones(ours);
        Map<String, Double> p = medianMilestones(plain);
        StringBuilder t = new StringBuilder(kind.label + ": the same starts step by step (seconds after launch, from each log's "
                + "time stamps, median over the rounds; \"step\" = since the previous milestone):\n\n"
                + "| milestone | thi-dua s | step | plain s | step | extra time in this step |\n|---|---:|---:|---:|---:|---:|\n");
        double previousO = 0;
        double previousP = 0;
        for (String m : o.keySet()) {
            if (!p.containsKey(m)) {
                continue;
            }
            double so = o.get(m) - previousO;
            double sp = p.get(m) - previousP;
            t.append(String.format("| %s | %.1f | %.1f | %.1f | %.1f | %+.1f |%n", m, o.get(m), so, p.get(m), sp, so - sp));
            previousO = o.get(m);
            previousP = p.get(m);
        }
        report.note(Part.STARTUP, t.toString());
    }

    private static Map<String, Double> medianMilestones(List<PackagedJarStartup.Result> runs) throws java.io.IOException {
        Map<String, List<Double>> all = new LinkedHashMap<>();
        for (PackagedJarStartup.Result r : runs) {
            StartupMilestones.read(r.log(), r.launched(), r.secondsUntilAnswer()).forEach((m, v) -> all.computeIfAbsent(m, k -> new ArrayList<>()).add(v));
        }
        Map<String, Double> median = new LinkedHashMap<>();
        all.forEach((m, v) -> median.put(m, DatabaseSections.median(v, Comparator.naturalOrder())));
        return median;
    }

    private List<Function<Integer, PackagedJarStartup.Launch>> launches(BenchApp.Kind kind, BenchPostgres postgres) {
        List<Function<Integer, PackagedJarStartup.Launch>> launches = new ArrayList<>();
        if (kind == BenchApp.Kind.POSTGRES) {
            launches.add(n -> PackagedJarStartup.thiDuaOnPostgres(jar, tempDir(), postgres.database("startup_thidua_" + n)));
            launches.add(n -> PackagedJarStartup.plainOnPostgres(plainJar, postgres.database("startup_plain_" + n)));
        } else {
            launches.add(n -> PackagedJarStartup.thiDuaOnH2(jar, tempDir(), false));
            launches.add(n -> PackagedJarStartup.plainOnH2(plainJar, tempDir()));
            if (Boolean.getBoolean("bench.startupDemo")) {
                // the demo profile's start as well (issue 8 measured it): three more starts per round
                launches.add(n -> PackagedJarStartup.thiDuaOnH2(jar, tempDir(), true));
            }
        }
        return launches;
    }

    /** One start of each with JFR, and what thi-dua's start spends beyond plain Camunda's. */
    private void profile(BenchApp.Kind kind, BenchPostgres postgres, int n) throws Exception {
        List<String> jfrOptions = List.of("-XX:FlightRecorderOptions:stackdepth=512");
        Map<String, StartupProfile> profiles = new LinkedHashMap<>();
        Map<String, Double> seconds = new LinkedHashMap<>();
        for (Function<Integer, PackagedJarStartup.Launch> launch : launches(kind, postgres).subList(0, 2)) {
            PackagedJarStartup.Launch l = launch.apply(n++);
            Path recording = LOGS.resolve((l.label().startsWith("thi-dua") ? "thi-dua" : "plain") + "-" + kind.name().toLowerCase() + ".jfr");
            Files.deleteIfExists(recording);
            List<String> options = new ArrayList<>(jfrOptions);
            options.add("-XX:StartFlightRecording=filename=" + recording.toAbsolutePath() + ",settings=profile,dumponexit=true");
            try {
                PackagedJarStartup.Result r = PackagedJarStartup.measure(l.withJvmOptions(options), LOGS);
                profiles.put(l.label(), StartupProfile.read(recording, r.ready()));
                seconds.put(l.label(), r.secondsUntilAnswer());
            } finally {
                cleanUp(l);
            }
        }
        StartupProfile ours = profiles.get("thi-dua, production");
        StartupProfile plain = profiles.get("plain Camunda");
        StringBuilder t = new StringBuilder(String.format("%s: what the main thread does until the application answers (one more "
                + "start of each with JFR, `settings=profile`: the main thread sampled every %d ms in Java code and every %d ms in "
                + "native code, each sample weighing its interval; the start with the recording took thi-dua %.1f s, plain %.1f s; "
                + "time not sampled is spent in the JVM itself — defining and linking classes, waiting for the JIT, collections — "
                + "or waiting). Classes loaded: thi-dua %,d, plain %,d; heap in use at the last collection %,d MB of %,d MB "
                + "committed against %,d of %,d MB; metaspace %,d MB against %,d MB; all threads' samples %.1f s against %.1f s.%n%n",
                kind.label, StartupProfile.JAVA_SAMPLE_MILLIS, StartupProfile.NATIVE_SAMPLE_MILLIS, seconds.get("thi-dua, production"),
                seconds.get("plain Camunda"), ours.classesLoaded(), plain.classesLoaded(), ours.heapUsedMb(), ours.heapCommittedMb(),
                plain.heapUsedMb(), plain.heapCommittedMb(), ours.metaspaceUsedMb(), plain.metaspaceUsedMb(),
                StartupProfile.seconds(ours.allThreadsMillis()), StartupProfile.seconds(plain.allThreadsMillis())));
        t.append("| main thread: work (first frame outside the JDK) | thi-dua s | plain s | difference s |\n|---|---:|---:|---:|\n");
        Set<String> kinds = new TreeSet<>(ours.byWork().keySet());
        kinds.addAll(plain.byWork().keySet());
        kinds.stream().sorted(Comparator.comparingLong((String k) -> plain.byWork().getOrDefault(k, 0L) - ours.byWork().getOrDefault(k, 0L)))
                .limit(14).forEach(k -> t.append(String.format("| %s | %.2f | %.2f | %+.2f |%n", k,
                        StartupProfile.seconds(ours.byWork().getOrDefault(k, 0L)), StartupProfile.seconds(plain.byWork().getOrDefault(k, 0L)),
                        StartupProfile.seconds(ours.byWork().getOrDefault(k, 0L) - plain.byWork().getOrDefault(k, 0L)))));
        t.append(String.format("| **sampled** | **%.2f** | **%.2f** | **%+.2f** |%n", StartupProfile.seconds(ours.sampledMillis()),
                StartupProfile.seconds(plain.sampledMillis()), StartupProfile.seconds(ours.sampledMillis() - plain.sampledMillis())));
        double unsampledO = seconds.get("thi-dua, production") - StartupProfile.seconds(ours.sampledMillis());
        double unsampledP = seconds.get("plain Camunda") - StartupProfile.seconds(plain.sampledMillis());
        t.append(String.format("| not sampled (in the JVM, or waiting) | %.2f | %.2f | %+.2f |%n%n", unsampledO, unsampledP, unsampledO - unsampledP));
        t.append("| main thread: step (inclusive: everything it calls) | thi-dua s | plain s |\n|---|---:|---:|\n");
        ours.bySteps().forEach((step, v) -> t.append(String.format("| %s | %.2f | %.2f |%n", step, StartupProfile.seconds(v),
                StartupProfile.seconds(plain.bySteps().getOrDefault(step, 0L)))));
        t.append("\nthi-dua's own classes on the main thread's stacks (the outermost one of each sample, inclusive), the largest:\n\n"
                + "| class | s |\n|---|---:|\n");
        ours.byOurClass().entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(10)
                .forEach(e -> t.append(String.format("| `%s` | %.2f |%n", e.getKey(), StartupProfile.seconds(e.getValue()))));
        report.note(Part.STARTUP, t.toString());
    }

    private String row(BenchApp.Kind kind, String label, List<PackagedJarStartup.Result> runs) {
        PackagedJarStartup.Result median = medianResult(runs);
        String each = String.join(", ", runs.stream().map(r -> String.format("%.1f", r.secondsUntilAnswer())).toList());
        return String.format("| %s | %s | %d | %.1f s | %s s | %s s | %,d MB | %,d MB |", kind.label, label, runs.size(),
                median.secondsUntilAnswer(), each, median.springSeconds(), (long) median(runs, r -> r.rssKb()) >> 10,
                (long) median(runs, r -> r.rssAfterGcKb()) >> 10);
    }

    private static PackagedJarStartup.Result medianResult(List<PackagedJarStartup.Result> runs) {
        return DatabaseSections.median(runs, Comparator.comparingDouble(PackagedJarStartup.Result::secondsUntilAnswer));
    }

    private static double median(List<PackagedJarStartup.Result> runs, ToDoubleFunction<PackagedJarStartup.Result> measure) {
        return DatabaseSections.median(runs.stream().map(measure::applyAsDouble).toList(), Comparator.naturalOrder());
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("bench-startup");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Deletes the data directory a start used (thi-dua's {@code --thidua.data-dir}, the plain H2 file's directory). */
    private static void cleanUp(PackagedJarStartup.Launch launch) {
        for (String arg : launch.args()) {
            String dir = arg.startsWith("--thidua.data-dir=") ? arg.substring("--thidua.data-dir=".length())
                    : arg.startsWith("--spring.datasource.url=jdbc:h2:file:") ? Path.of(arg.substring("--spring.datasource.url=jdbc:h2:file:".length()))
                            .getParent().toString() : null;
            if (dir != null) {
                FileSystemUtils.deleteRecursively(Path.of(dir).toFile());
            }
        }
    }
}
