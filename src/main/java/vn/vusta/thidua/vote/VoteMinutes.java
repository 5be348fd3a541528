package vn.vusta.thidua.vote;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The minutes of the nomination meeting as the head confirmed them, once per cycle, with who and when. */
@Repository
public class VoteMinutes {

    public record Minutes(String businessKey, LocalDate meetingDate, String place, int membersPresent, String confirmedBy,
            Instant confirmedAt) {
    }

    private final JdbcTemplate jdbc;

    VoteMinutes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Minutes m) {
        jdbc.update("""
                INSERT INTO vote_minutes (business_key, meeting_date, place, members_present, confirmed_by, confirmed_at)
                VALUES (?, ?, ?, ?, ?, ?)""", m.businessKey(), Date.valueOf(m.meetingDate()), m.place(),
                m.membersPresent(), m.confirmedBy(), Timestamp.from(m.confirmedAt()));
    }

    public Optional<Minutes> of(String businessKey) {
        return jdbc.query("SELECT * FROM vote_minutes WHERE business_key = ?", (rs, i) -> new Minutes(
                rs.getString("business_key"), rs.getDate("meeting_date").toLocalDate(), rs.getString("place"),
                rs.getInt("members_present"), rs.getString("confirmed_by"), rs.getTimestamp("confirmed_at").toInstant()),
                businessKey).stream().findFirst();
    }
}
