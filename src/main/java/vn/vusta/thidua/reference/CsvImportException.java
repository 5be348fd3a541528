package vn.vusta.thidua.reference;

import java.util.List;

/** A CSV import rejected as a whole; nothing of it was written. */
public class CsvImportException extends RuntimeException {

    private final transient List<CsvProblem> problems;

    public CsvImportException(List<CsvProblem> problems) {
        super("Tệp CSV bị từ chối: " + problems.get(0) + (problems.size() > 1 ? " (và " + (problems.size() - 1) + " lỗi khác)" : ""));
        this.problems = List.copyOf(problems);
    }

    public List<CsvProblem> problems() {
        return problems;
    }
}
