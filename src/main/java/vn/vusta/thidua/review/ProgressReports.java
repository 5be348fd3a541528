package vn.vusta.thidua.review;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.vusta.thidua.workflow.CycleItems;

/** Progress reports with their items; rows are only ever inserted. */
@Repository
public class ProgressReports {

    private static final RowMapper<ProgressReport.Item> ITEM = (i, n) ->
            new ProgressReport.Item(i.getInt("field_no"),
                    i.getBigDecimal("target"), i.getBigDecimal("progress"), i.getString("note"));

    private final JdbcTemplate jdbc;

    ProgressReports(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ProgressReport r) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement("""
                    INSERT INTO progress_report (business_key, province_code, version, submitted_by, submitted_at, late,
                        task_id) VALUES (?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            ps.setString(1, r.businessKey());
            ps.setString(2, r.province());
            ps.setInt(3, r.version());
            ps.setString(4, r.submittedBy());
            ps.setTimestamp(5, Timestamp.from(r.submittedAt()));
            ps.setBoolean(6, r.late());
            ps.setString(7, r.taskId());
            return ps;
        }, key);
        long id = key.getKey().longValue();
        jdbc.batchUpdate("INSERT INTO progress_report_item (report_id, field_no, target, progress, note) VALUES (?, ?, ?, ?, ?)",
                r.items(), r.items().size(), (ps, item) -> {
                    ps.setLong(1, id);
                    ps.setInt(2, item.field());
                    ps.setBigDecimal(3, item.target());
                    ps.setBigDecimal(4, item.progress());
                    ps.setString(5, item.note());
                });
    }

    /** The unit's current report: its latest version. */
    public Optional<ProgressReport> latest(String businessKey, String province) {
        return jdbc.query("""
                SELECT * FROM progress_report WHERE business_key = ? AND province_code = ?
                ORDER BY version DESC FETCH FIRST 1 ROWS ONLY""", mapper(businessKey, province),
                businessKey, province).stream().findFirst();
    }

    /** The version the unit's next report gets. */
    int nextVersion(String businessKey, String province) {
        return CycleItems.nextVersion(jdbc, "progress_report", businessKey, province);
    }

    /** Every unit's current report. */
    public List<ProgressReport> allLatest(String businessKey) {
        return jdbc.query("""
                SELECT r.* FROM progress_report r WHERE r.business_key = ? AND r.version =
                    (SELECT MAX(v.version) FROM progress_report v WHERE v.business_key = r.business_key
                     AND v.province_code = r.province_code)
                ORDER BY r.province_code""", mapper(businessKey, null), businessKey);
    }

    public List<ProgressReport> history(String businessKey, String province) {
        return jdbc.query("SELECT * FROM progress_report WHERE business_key = ? AND province_code = ? ORDER BY version",
                mapper(businessKey, province),
                businessKey, province);
    }

    /** Maps the submissions of a cycle (province null) or of one unit, with their per-field rows read in one query. */
    private RowMapper<ProgressReport> mapper(String businessKey, String province) {
        Map<Long, List<ProgressReport.Item>> items = CycleItems.load(jdbc, "progress_report_item",
                "progress_report", "report_id", ITEM, businessKey, province);
        return (rs, row) -> map(rs, items.getOrDefault(rs.getLong("id"), List.of()));
    }

    private static ProgressReport map(ResultSet rs, List<ProgressReport.Item> items) throws SQLException {
        return new ProgressReport(rs.getString("business_key"), rs.getString("province_code"), rs.getInt("version"),
                items, rs.getString("submitted_by"), rs.getTimestamp("submitted_at").toInstant(), rs.getBoolean("late"),
                rs.getString("task_id"));
    }
}
