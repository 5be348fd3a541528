package vn.vusta.thidua.reference;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads typed cells from CSV rows, collecting a problem (with the line number) for every bad cell. */
class RowReader {

    private final List<CsvProblem> problems;
    private final Set<String> knownProvinces;

    RowReader(List<CsvProblem> problems, Set<String> knownProvinces) {
        this.problems = problems;
        this.knownProvinces = knownProvinces;
    }

    /** What makes a spreadsheet read a cell as a formula (CSV injection, OWASP). */
    private static final String FORMULA_START = "=+-@\t\r";

    void problem(CsvTable.Row row, String reason) {
        problems.add(new CsvProblem(row.line(), reason));
    }

    String text(CsvTable.Row row, String column, int maxLength) {
        Optional<String> value = row.get(column);
        if (value.isEmpty()) {
            problem(row, "thiếu giá trị cột '" + column + "'");
            return null;
        }
        return length(row, column, value.get(), maxLength);
    }

    String optionalText(CsvTable.Row row, String column, int maxLength) {
        return row.get(column).map(v -> length(row, column, v, maxLength)).orElse(null);
    }

    private String length(CsvTable.Row row, String column, String value, int maxLength) {
        if (FORMULA_START.indexOf(value.charAt(0)) >= 0) {
            problem(row, "cột '" + column + "' bắt đầu bằng '" + value.charAt(0) + "': không nhận, vì một bảng tính mở "
                    + "tệp xuất sau này sẽ coi ô đó là công thức");
            return null;
        }
        if (value.length() > maxLength) {
            problem(row, "cột '" + column + "' dài quá " + maxLength + " ký tự");
            return null;
        }
        return value;
    }

    String matching(CsvTable.Row row, String column, String regex, String reason) {
        String value = text(row, column, 100);
        if (value != null && !value.matches(regex)) {
            problem(row, "cột '" + column + "' = '" + value + "': " + reason);
            return null;
        }
        return value;
    }

    String code(CsvTable.Row row, String column) {
        return matching(row, column, "[a-z0-9]+(-[a-z0-9]+)*", "mã chỉ gồm chữ thường không dấu, số và dấu '-'");
    }

    String province(CsvTable.Row row, String column, boolean required) {
        Optional<String> value = row.get(column);
        if (value.isEmpty()) {
            if (required) {
                problem(row, "thiếu mã tỉnh ở cột '" + column + "'");
            }
            return null;
        }
        if (!knownProvinces.contains(value.get())) {
            problem(row, "mã tỉnh không tồn tại '" + value.get() + "' (cột '" + column + "')");
            return null;
        }
        return value.get();
    }

    Integer integer(CsvTable.Row row, String column, int min, int max) {
        String value = text(row, column, 20);
        if (value == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                problem(row, "cột '" + column + "' = " + number + " nằm ngoài khoảng " + min + "–" + max);
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            problem(row, "cột '" + column + "' = '" + value + "' không phải số nguyên");
            return null;
        }
    }

    LocalDate date(CsvTable.Row row, String column, boolean required) {
        Optional<String> value = row.get(column);
        if (value.isEmpty()) {
            if (required) {
                problem(row, "thiếu ngày ở cột '" + column + "'");
            }
            return null;
        }
        try {
            return LocalDate.parse(value.get());
        } catch (DateTimeParseException e) {
            problem(row, "cột '" + column + "' = '" + value.get() + "' không phải ngày dạng YYYY-MM-DD");
            return null;
        }
    }
}
