package vn.vusta.thidua.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a start-up's main thread spends its time, from a JFR recording of the child JVM (settings {@code profile}:
 * the thread sampled every 10 ms while it runs Java code, every 20 ms while it is in a native method) up to the
 * moment the application answered; each sample weighs its interval. By what the code was doing (the first frame
 * outside the JDK, with class loading and the nested-jar reading it causes as one kind of work wherever it
 * happens), inside a few start-up steps (inclusive), inside each of thi-dua's own classes (the outermost one on the
 * stack, inclusive); the main thread's time JFR did not sample is time in the JVM itself (class definition and
 * linking, JIT compilation it waits for, safepoints and collections) or waiting. Also the classes loaded and the heap
 * and metaspace in use.
 */
record StartupProfile(long sampledMillis, long allThreadsMillis, Map<String, Long> byWork, Map<String, Long> bySteps,
        Map<String, Long> byOurClass, long classesLoaded, long heapUsedMb, long heapCommittedMb, long metaspaceUsedMb) {

    static final int JAVA_SAMPLE_MILLIS = 10;
    static final int NATIVE_SAMPLE_MILLIS = 20;

    /** Kinds of work by package prefix of the first frame outside the JDK; the first match wins. */
    private static final Map<String, String> WORK = new LinkedHashMap<>();

    static {
        WORK.put("org.springframework.boot.loader", "class loading and reading nested jars");
        WORK.put("vn.vusta.thidua", "thi-dua's own code");
        WORK.put("org.flywaydb", "Flyway (domain tables)");
        WORK.put("org.apache.ibatis", "MyBatis (the engine's SQL mappings)");
        WORK.put("org.camunda.bpm.model", "Camunda BPMN/DMN models (parsing)");
        WORK.put("org.camunda.bpm.engine.impl.bpmn", "Camunda BPMN/DMN models (parsing)");
        WORK.put("org.camunda.bpm.dmn", "Camunda BPMN/DMN models (parsing)");
        WORK.put("org.camunda.feel", "FEEL (Scala) and Scala runtime");
        WORK.put("scala.", "FEEL (Scala) and Scala runtime");
        WORK.put("org.camunda.bpm.engine", "Camunda engine (other)");
        WORK.put("org.camunda", "Camunda starters, webapps, REST, Spin");
        WORK.put("org.glassfish", "Jersey (REST API)");
        WORK.put("org.jvnet", "Jersey (REST API)");
        WORK.put("org.apache.catalina", "Tomcat");
        WORK.put("org.apache.tomcat", "Tomcat");
        WORK.put("org.apache.coyote", "Tomcat");
        WORK.put("org.springframework", "Spring");
        WORK.put("org.h2", "database driver and pool");
        WORK.put("org.postgresql", "database driver and pool");
        WORK.put("com.zaxxer", "database driver and pool");
        WORK.put("com.fasterxml", "Jackson");
        WORK.put("org.hibernate.validator", "Bean Validation");
        WORK.put("org.apache.poi", "documents (POI, OpenPDF)");
        WORK.put("org.openpdf", "documents (POI, OpenPDF)");
        WORK.put("com.lowagie", "documents (POI, OpenPDF)");
        WORK.put("ch.qos.logback", "logging");
        WORK.put("org.slf4j", "logging");
    }

    /** Start-up steps counted inclusively: a sample counts for a step when one of its frames is that method. */
    private static final Map<String, String> STEPS = new LinkedHashMap<>();

    static {
        STEPS.put("org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl.buildProcessEngine", "engine build (incl. MyBatis)");
        STEPS.put("org.camunda.bpm.engine.impl.cmd.DeployCmd.execute", "deployments (BPMN, DMN, forms)");
        STEPS.put("org.flywaydb.core.Flyway.migrate", "Flyway migrate");
        STEPS.put("org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory.getWebServer", "Tomcat start");
        STEPS.put("org.springframework.boot.SpringApplication.callRunners", "application runners (after the context)");
        STEPS.put("java.lang.ClassLoader.loadClass", "class loading (anywhere)");
    }

    static StartupProfile read(Path jfr, Instant until) throws IOException {
        long samples = 0;
        long allThreads = 0;
        Map<String, Long> byWork = new TreeMap<>();
        Map<String, Long> bySteps = new LinkedHashMap<>();
        STEPS.values().forEach(s -> bySteps.put(s, 0L));
        Map<String, Long> byOurClass = new TreeMap<>();
        long classes = 0;
        long heapUsed = 0;
        long heapCommitted = 0;
        long metaspace = 0;
        try (RecordingFile file = new RecordingFile(jfr)) {
            while (file.hasMoreEvents()) {
                RecordedEvent e = file.readEvent();
                if (e.getStartTime().isAfter(until)) {
                    continue;
                }
                switch (e.getEventType().getName()) {
                    case "jdk.ExecutionSample", "jdk.NativeMethodSample" -> {
                        RecordedStackTrace stack = e.getStackTrace();
                        long weight = e.getEventType().getName().equals("jdk.ExecutionSample") ? JAVA_SAMPLE_MILLIS : NATIVE_SAMPLE_MILLIS;
                        allThreads += weight;
                        if (stack == null || e.getThread("sampledThread") == null
                                || !"main".equals(e.getThread("sampledThread").getJavaName())) {
                            continue;
                        }
                        samples += weight;
                        List<RecordedFrame> frames = stack.getFrames();
                        byWork.merge(work(frames), weight, Long::sum);
                        steps(frames).forEach(st -> bySteps.merge(st, weight, Long::sum));
                        String ours = outermostOurs(frames);
                        if (ours != null) {
                            byOurClass.merge(ours, weight, Long::sum);
                        }
                    }
                    case "jdk.ClassLoadingStatistics" -> classes = Math.max(classes, e.getLong("loadedClassCount"));
                    case "jdk.GCHeapSummary" -> {
                        heapUsed = e.getLong("heapUsed") >> 20;
                        heapCommitted = e.getLong("heapSpace.committedSize") >> 20;
                    }
                    case "jdk.MetaspaceSummary" -> metaspace = e.getLong("metaspace.used") >> 20;
                    default -> {
                    }
                }
            }
        }
        return new StartupProfile(samples, allThreads, byWork, bySteps, byOurClass, classes, heapUsed, heapCommitted, metaspace);
    }

    private static String work(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            String method = type + "." + frame.getMethod().getName();
            if (method.startsWith("java.lang.ClassLoader.defineClass") || method.startsWith("java.lang.ClassLoader.loadClass")
                    || method.startsWith("jdk.internal.loader.") || type.startsWith("java.util.zip.") || type.startsWith("java.util.jar.")) {
                return "class loading and reading nested jars";
            }
            if (type.startsWith("java.") || type.startsWith("jdk.") || type.startsWith("sun.") || type.startsWith("javax.")) {
                continue;
            }
            for (Map.Entry<String, String> w : WORK.entrySet()) {
                if (type.startsWith(w.getKey())) {
                    return w.getValue();
                }
            }
            String[] parts = type.split("\\.");
            return parts.length > 2 ? parts[0] + "." + parts[1] + "." + parts[2] : type;
        }
        return "JDK (other)";
    }

    private static List<String> steps(List<RecordedFrame> frames) {
        return STEPS.entrySet().stream().filter(s -> frames.stream()
                .anyMatch(f -> (f.getMethod().getType().getName() + "." + f.getMethod().getName()).equals(s.getKey())))
                .map(Map.Entry::getValue).toList();
    }

    /** The outermost (closest to the thread's start) class of thi-dua on the stack, without inner-class suffixes. */
    private static String outermostOurs(List<RecordedFrame> frames) {
        String ours = null;
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            if (type.startsWith("vn.vusta.thidua.") && !type.equals("vn.vusta.thidua.ThiDuaApplication")) {
                ours = type.replaceFirst("\\$.*", "").substring("vn.vusta.thidua.".length());
            }
        }
        return ours;
    }

    static double seconds(long millis) {
        return millis / 1000.0;
    }
}
