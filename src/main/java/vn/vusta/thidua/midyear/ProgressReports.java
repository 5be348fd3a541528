package vn.vusta.thidua.midyear;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.vusta.thidua.submission.SubmissionHeader;
import vn.vusta.thidua.submission.VersionedSubmissions;

/** Progress reports with their items (tables {@code progress_report}, {@code progress_report_item}). */
@Repository
public class ProgressReports extends VersionedSubmissions<ProgressReport, ProgressReport.Item> {

    ProgressReports(JdbcTemplate jdbc) {
        super(jdbc, "progress_report", List.of(), "progress_report_item", "report_id",
                List.of("field_no", "target", "progress", "note"));
    }

    void insert(ProgressReport report) {
        store(report);
    }

    @Override
    protected void bindOwn(PreparedStatement ps, int index, ProgressReport report) {
        // no columns of its own
    }

    @Override
    protected List<ProgressReport.Item> items(ProgressReport report) {
        return report.items();
    }

    @Override
    protected void bindItem(PreparedStatement ps, int index, ProgressReport.Item item) throws SQLException {
        ps.setInt(index, item.field());
        ps.setBigDecimal(index + 1, item.target());
        ps.setBigDecimal(index + 2, item.progress());
        ps.setString(index + 3, item.note());
    }

    @Override
    protected ProgressReport.Item item(ResultSet rs) throws SQLException {
        return new ProgressReport.Item(rs.getInt("field_no"), rs.getBigDecimal("target"), rs.getBigDecimal("progress"),
                rs.getString("note"));
    }

    @Override
    protected ProgressReport submission(SubmissionHeader h, ResultSet rs, List<ProgressReport.Item> items) {
        return new ProgressReport(h.businessKey(), h.province(), h.version(), items, h.submittedBy(), h.submittedAt(),
                h.late(), h.taskId());
    }
}
