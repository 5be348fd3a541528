package vn.vusta.thidua.council;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The nominees' achievement reports; every submission is inserted as the unit's next version. */
@Repository
public class AchievementReports {

    private final JdbcTemplate jdbc;

    AchievementReports(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(AchievementReport r) {
        jdbc.update("""
                INSERT INTO achievement_report (business_key, province_code, version, situation, achievements,
                    previous_awards, submitted_by, submitted_at, task_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                r.businessKey(), r.unit(), r.version(), r.situation(), r.achievements(), r.previousAwards(),
                r.submittedBy(), Timestamp.from(r.submittedAt()), r.taskId());
    }

    public Optional<AchievementReport> latest(String businessKey, String unit) {
        return jdbc.query("""
                SELECT * FROM achievement_report WHERE business_key = ? AND province_code = ?
                ORDER BY version DESC FETCH FIRST 1 ROWS ONLY""", this::map, businessKey, unit).stream().findFirst();
    }

    /** The latest version of each nominee's report. */
    public List<AchievementReport> allLatest(String businessKey) {
        return jdbc.query("""
                SELECT r.* FROM achievement_report r WHERE r.business_key = ? AND r.version = (
                    SELECT MAX(v.version) FROM achievement_report v
                    WHERE v.business_key = r.business_key AND v.province_code = r.province_code)
                ORDER BY r.province_code""", this::map, businessKey);
    }

    private AchievementReport map(ResultSet rs, int row) throws SQLException {
        return new AchievementReport(rs.getString("business_key"), rs.getString("province_code"), rs.getInt("version"),
                rs.getString("situation"), rs.getString("achievements"), rs.getString("previous_awards"),
                rs.getString("submitted_by"), rs.getTimestamp("submitted_at").toInstant(), rs.getString("task_id"));
    }
}
