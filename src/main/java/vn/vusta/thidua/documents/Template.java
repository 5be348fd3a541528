package vn.vusta.thidua.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document template: a text file under {@code src/main/resources/documents/} with one directive per line
 * ({@code title: BIÊN BẢN}, {@code para: Hôm nay …}, {@code table nominees: STT | Đơn vị …}; see docs/documents.md),
 * filled with a model of strings and lists of rows. {@code {name}} is replaced by the model's value, "…" when the
 * value is null (a blank to fill in by hand); a directive ending in {@code ?} is left out instead when one of its
 * values is null or empty. A name the model does not have is a template error.
 */
final class Template {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
    private static final Pattern LINE = Pattern.compile("^([a-z-]+)(?: ([A-Za-z][A-Za-z0-9]*))?(\\?)?:\\s?(.*)$");
    static final String BLANK = "…";

    private record Line(int number, String directive, String list, boolean optional, String text) {
    }

    /** A line to fill, with the list item it is filled for inside {@code each LIST:} … {@code end:}, else null. */
    private record Step(Line line, Map<String, String> item) {
    }

    private final String name;
    private final List<Line> lines;

    private Template(String name, List<Line> lines) {
        this.name = name;
        this.lines = lines;
    }

    static Template load(String resource) {
        try (InputStream in = Template.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no template " + resource);
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Template parse(String name, String text) {
        List<Line> lines = new ArrayList<>();
        String[] raw = text.split("\\R");
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                throw new IllegalStateException(name + ":" + (i + 1) + ": not a directive: " + line);
            }
            lines.add(new Line(i + 1, m.group(1), m.group(2), m.group(3) != null, m.group(4)));
        }
        return new Template(name, lines);
    }

    /** Fills the template; list values are {@code List<Map<String, String>>} (rows, items). */
    Layout fill(Map<String, ?> model) {
        String[] header = new String[6];
        List<Layout.Block> blocks = new ArrayList<>();
        List<String> left = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        String note = null;
        String signName = null;
        Layout.Table table = null;
        String tableList = null;
        for (Step step : steps(model)) {
            Line line = step.line();
            if (line.directive().equals("row")) {
                if (table == null) {
                    throw error(line, "row without table");
                }
                for (Map<String, String> item : list(model, line, tableList)) {
                    String filled = fill(line, model, item);
                    if (filled != null) {
                        table.rows().add(cells(filled));
                    }
                }
                continue;
            }
            if (line.directive().equals("widths")) {
                if (table == null) {
                    throw error(line, "widths without table");
                }
                table.widths().addAll(cells(line.text()).stream().map(Integer::valueOf).toList());
                continue;
            }
            if (line.list() != null && line.directive().equals("table")) {
                table = new Layout.Table(cells(line.text()), new ArrayList<>(), new ArrayList<>());
                tableList = line.list();
                blocks.add(table);
                continue;
            }
            table = null;
            List<Map<String, String>> items = step.item() != null ? List.of(step.item())
                    : line.list() == null ? List.of(Map.of()) : list(model, line, line.list());
            for (Map<String, String> item : items) {
                String text = fill(line, model, item);
                if (text == null) {
                    continue;
                }
                switch (line.directive()) {
                    case "issuer-parent" -> header[0] = text;
                    case "issuer" -> header[1] = text;
                    case "motto" -> header[2] = text;
                    case "motto-line" -> header[3] = text;
                    case "number" -> header[4] = text;
                    case "place-date" -> header[5] = text;
                    case "title" -> blocks.add(new Layout.Title(text, true));
                    case "subtitle" -> blocks.add(new Layout.Title(text, false));
                    case "heading" -> blocks.add(new Layout.Heading(text));
                    case "para" -> blocks.add(new Layout.Paragraph(text, true, false));
                    case "line" -> blocks.add(new Layout.Paragraph(text, false, false));
                    case "centre" -> blocks.add(new Layout.Paragraph(text, false, true));
                    case "left" -> left.add(text);
                    case "sign" -> titles.add(text);
                    case "sign-note" -> note = text;
                    case "sign-name" -> signName = text;
                    default -> throw error(line, "unknown directive " + line.directive());
                }
            }
        }
        if (!titles.isEmpty() || !left.isEmpty()) {
            blocks.add(new Layout.Signature(left, titles, note, signName));
        }
        return new Layout(new Layout.Header(header[0], header[1], header[2], header[3], header[4], header[5]), blocks);
    }

    /** The lines in order, the lines between {@code each LIST:} and {@code end:} once per item of the list. */
    private List<Step> steps(Map<String, ?> model) {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (!line.directive().equals("each")) {
                steps.add(new Step(line, null));
                continue;
            }
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).directive().equals("end")) {
                end++;
            }
            if (end == lines.size()) {
                throw error(line, "each without end");
            }
            for (Map<String, String> item : list(model, line, line.list())) {
                lines.subList(i + 1, end).forEach(grouped -> steps.add(new Step(grouped, item)));
            }
            i = end;
        }
        return steps;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, String>> list(Map<String, ?> model, Line line, String key) {
        if (!model.containsKey(key) || !(model.get(key) instanceof List<?>)) {
            throw error(line, "the model has no list " + key);
        }
        return (List<Map<String, String>>) model.get(key);
    }

    /** The line with its values, or null when an optional line has an empty value. */
    private String fill(Line line, Map<String, ?> model, Map<String, String> item) {
        Matcher m = PLACEHOLDER.matcher(line.text());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            Object value;
            if (item.containsKey(key)) {
                value = item.get(key);
            } else if (model.containsKey(key)) {
                value = model.get(key);
            } else {
                throw error(line, "the model has no value " + key);
            }
            String text = value == null ? null : value.toString();
            if (line.optional() && (text == null || text.isBlank())) {
                return null;
            }
            if (text == null) {
                text = BLANK;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        return Normalizer.normalize(out.toString(), Normalizer.Form.NFC);
    }

    private static List<String> cells(String text) {
        return new ArrayList<>(Arrays.stream(text.split("\\|", -1)).map(String::strip).toList());
    }

    private IllegalStateException error(Line line, String message) {
        return new IllegalStateException(name + ":" + line.number() + ": " + message);
    }
}
