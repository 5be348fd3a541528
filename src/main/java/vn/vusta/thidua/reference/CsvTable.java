package vn.vusta.thidua.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A CSV file (RFC 4180 quoting, UTF-8, optional BOM) read into a header and rows that remember their line. */
record CsvTable(List<String> header, List<Row> rows) {

    record Row(int line, Map<String, String> values) {

        Optional<String> get(String column) {
            return Optional.ofNullable(values.get(column)).map(String::strip).filter(v -> !v.isEmpty());
        }
    }

    static CsvTable read(Reader source) {
        try (BufferedReader in = new BufferedReader(source)) {
            List<String> header = null;
            List<Row> rows = new ArrayList<>();
            String text;
            int line = 0;
            while ((text = in.readLine()) != null) {
                line++;
                if (line == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                if (text.isBlank()) {
                    continue;
                }
                List<String> cells = split(text, line);
                if (header == null) {
                    header = cells.stream().map(c -> c.strip().toLowerCase()).toList();
                    continue;
                }
                if (cells.size() > header.size()) {
                    throw new CsvImportException(List.of(new CsvProblem(line,
                            "có " + cells.size() + " cột, nhiều hơn tiêu đề (" + header.size() + " cột)")));
                }
                Map<String, String> values = new TreeMap<>();
                for (int i = 0; i < cells.size(); i++) {
                    values.put(header.get(i), cells.get(i));
                }
                rows.add(new Row(line, values));
            }
            if (header == null) {
                throw new CsvImportException(List.of(new CsvProblem(1, "tệp CSV trống")));
            }
            return new CsvTable(header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> split(String text, int line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new CsvImportException(List.of(new CsvProblem(line, "dấu ngoặc kép chưa đóng")));
        }
        cells.add(cell.toString());
        return cells;
    }
}
