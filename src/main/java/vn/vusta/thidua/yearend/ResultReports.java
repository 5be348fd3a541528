package vn.vusta.thidua.yearend;

import java.util.Optional;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.vusta.thidua.cycle.YearEndResults;
import vn.vusta.thidua.submission.SubmissionHeader;
import vn.vusta.thidua.submission.VersionedSubmissions;

/** Year-end result reports with their items (tables {@code result_report}, {@code result_report_item}). */
@Repository
public class ResultReports extends VersionedSubmissions<ResultReport, ResultReport.Item> implements YearEndResults {

    ResultReports(JdbcTemplate jdbc) {
        super(jdbc, "result_report", List.of("achievements"), "result_report_item", "report_id",
                List.of("field_no", "target", "result", "note"));
    }

    void insert(ResultReport report) {
        store(report);
    }

    @Override
    protected void bindOwn(PreparedStatement ps, int index, ResultReport report) throws SQLException {
        ps.setString(index, report.achievements());
    }

    @Override
    protected List<ResultReport.Item> items(ResultReport report) {
        return report.items();
    }

    @Override
    protected void bindItem(PreparedStatement ps, int index, ResultReport.Item item) throws SQLException {
        ps.setInt(index, item.field());
        ps.setBigDecimal(index + 1, item.target());
        ps.setBigDecimal(index + 2, item.result());
        ps.setString(index + 3, item.note());
    }

    @Override
    protected ResultReport.Item item(ResultSet rs) throws SQLException {
        return new ResultReport.Item(rs.getInt("field_no"), rs.getBigDecimal("target"), rs.getBigDecimal("result"),
                rs.getString("note"));
    }

    @Override
    protected ResultReport submission(SubmissionHeader h, ResultSet rs, List<ResultReport.Item> items)
            throws SQLException {
        return new ResultReport(h.businessKey(), h.province(), h.version(), items, rs.getString("achievements"),
                h.submittedBy(), h.submittedAt(), h.late(), h.taskId());
    }

    @Override
    public Optional<UnitResults> latestResults(String businessKey, String unit) {
        return latest(businessKey, unit).map(r -> new UnitResults(r.items().stream()
                .map(i -> new FieldResult(i.field(), i.target(), i.result())).toList(), r.achievements()));
    }
}
