package vn.vusta.thidua.yearend;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.vusta.thidua.cycle.UnitScore;
import vn.vusta.thidua.cycle.YearEndScores;

/** The year-end scores and ranking of a cycle; the year-end tally replaces them, everyone else reads them. */
@Repository
public class UnitScores implements YearEndScores {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    UnitScores(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void replace(String businessKey, List<UnitScore> scores) {
        jdbc.update("DELETE FROM unit_score WHERE business_key = ?", businessKey);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.batchUpdate("INSERT INTO unit_score (business_key, province_code, score, completion_percent, rank_no, computed_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", scores, scores.size(), (ps, s) -> {
                    ps.setString(1, businessKey);
                    ps.setString(2, s.province());
                    ps.setBigDecimal(3, s.score());
                    ps.setBigDecimal(4, s.reachedPercent());
                    ps.setInt(5, s.rank());
                    ps.setTimestamp(6, now);
                });
    }

    /** Best first. */
    @Override
    public List<UnitScore> current(String businessKey) {
        return jdbc.query("SELECT * FROM unit_score WHERE business_key = ? ORDER BY rank_no, province_code",
                (rs, i) -> new UnitScore(rs.getString("province_code"), rs.getBigDecimal("score"),
                        rs.getBigDecimal("completion_percent"), rs.getInt("rank_no")), businessKey);
    }
}
