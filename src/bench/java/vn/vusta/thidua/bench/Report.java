package vn.vusta.thidua.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code target/bench/results.md}: one section per measure, each with one table whose rows come from every database
 * kind (so H2 and PostgreSQL read side by side), then the notes and verdicts of each kind. Sections appear in the
 * order declared here, whatever order the bench fills them in.
 */
final class Report {

    enum Part {
        CYCLES("1–2. Whole cycles through the engine API (all five phases, real models, form values, DMN, tallies)"),
        BASELINE("5. Baseline: plain Camunda on the same engine and database"),
        OPEN("Open tasks for sections 3, 4 and 7"),
        TASK_LIST("4. Task list of one officer with about 10,000 open tasks (sequential, 200 requests after 20 warm-up)"),
        BROWSER("7. What an officer waits for in Chromium (10,000 open tasks in the database)"),
        RUSH("3. Deadline rush through REST (submit-form of the registration form, HTTP Basic as each officer, keep-alive)"),
        STARTUP("6. Packaged jar against a plain Camunda jar: start-up and resident memory"),
        GOALS("Goals (issue 22)");

        final String title;

        Part(String title) {
            this.title = title;
        }
    }

    private static final class Section {
        String table;
        final List<String> rows = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
    }

    private final StringBuilder header = new StringBuilder();
    private final Map<Part, Section> sections = new LinkedHashMap<>();

    Report() {
        for (Part part : Part.values()) {
            sections.put(part, new Section());
        }
    }

    StringBuilder header() {
        return header;
    }

    /** The table's header lines (column names and alignment), set once; later calls with the same text are fine. */
    Report table(Part part, String headerLines) {
        sections.get(part).table = headerLines.endsWith("\n") ? headerLines : headerLines + "\n";
        return this;
    }

    Report row(Part part, String row) {
        sections.get(part).rows.add(row.endsWith("\n") ? row : row + "\n");
        System.out.print("bench: " + row + (row.endsWith("\n") ? "" : "\n"));
        progress();
        return this;
    }

    /** A paragraph or a list item after the table. */
    Report note(Part part, String text) {
        sections.get(part).notes.add(text.endsWith("\n") ? text : text + "\n");
        System.out.print("bench: " + text + (text.endsWith("\n") ? "" : "\n"));
        progress();
        return this;
    }

    /** A goal's verdict, in its section and in the goals list at the end. */
    boolean verdict(Part part, String goal, boolean met, String measured) {
        String line = "- " + (met ? "✅ " : "❌ ") + goal + ": " + measured;
        note(part, line);
        if (part != Part.GOALS) {
            sections.get(Part.GOALS).notes.add(line + "\n");
        }
        return met;
    }

    String markdown() {
        StringBuilder md = new StringBuilder(header);
        sections.forEach((part, s) -> {
            if (s.rows.isEmpty() && s.notes.isEmpty()) {
                return;
            }
            md.append("\n## ").append(part.title).append("\n\n");
            if (s.table != null && !s.rows.isEmpty()) {
                md.append(s.table);
                s.rows.forEach(md::append);
                md.append('\n');
            }
            boolean list = false;
            for (String note : s.notes) {
                boolean item = note.startsWith("- ");
                if (list && !item) {
                    md.append('\n');
                }
                md.append(note);
                if (!item) {
                    md.append('\n');
                }
                list = item;
            }
        });
        return md.toString();
    }

    Path write() throws IOException {
        Path out = BenchDatabase.DIRECTORY.resolve("results.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, markdown());
        return out;
    }

    /**
     * What is measured so far, in {@code target/bench/results.md} after every row and note, marked as unfinished: a
     * run stopped half-way (a shared machine's time is short) keeps its finished sections. {@link #write} replaces it.
     */
    private void progress() {
        try {
            Path out = BenchDatabase.DIRECTORY.resolve("results.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, markdown() + "\n_Run still in progress when this was written: the sections above are "
                    + "finished, the rest is missing._\n");
        } catch (IOException e) {
            System.out.println("bench: results so far not written: " + e);
        }
    }
}
