package vn.vusta.thidua.reference;

/** Why one line of an imported CSV file was rejected. */
public record CsvProblem(int line, String reason) {

    @Override
    public String toString() {
        return "dòng " + line + ": " + reason;
    }
}
