package vn.vusta.thidua.midyear;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Records of the review meeting; appended, the latest one counts. */
@Repository
public class MidYearReviews {

    private final JdbcTemplate jdbc;

    MidYearReviews(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(MidYearReview r) {
        jdbc.update("""
                INSERT INTO mid_year_review (business_key, meeting_date, place, remarks, recorded_by, recorded_at, task_id)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", r.businessKey(), Date.valueOf(r.meetingDate()), r.place(), r.remarks(),
                r.recordedBy(), Timestamp.from(r.recordedAt()), r.taskId());
    }

    public Optional<MidYearReview> latest(String businessKey) {
        return jdbc.query("SELECT * FROM mid_year_review WHERE business_key = ? ORDER BY id DESC",
                (rs, i) -> new MidYearReview(rs.getString("business_key"), rs.getDate("meeting_date").toLocalDate(),
                        rs.getString("place"), rs.getString("remarks"), rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at").toInstant(), rs.getString("task_id")), businessKey)
                .stream().findFirst();
    }
}
