package vn.vusta.thidua.midyear;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The mid-year completion of each unit of a cycle; the tally replaces them, everyone else reads them. */
@Repository
public class UnitCompletions {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    UnitCompletions(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void replace(String businessKey, List<UnitCompletion> units) {
        jdbc.update("DELETE FROM unit_completion WHERE business_key = ?", businessKey);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.batchUpdate("""
                INSERT INTO unit_completion (business_key, province_code, report_version, completion_percent,
                    reached_percent, targets_set, targets_reached, computed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                units, units.size(), (ps, u) -> {
                    ps.setString(1, businessKey);
                    ps.setString(2, u.province());
                    ps.setInt(3, u.reportVersion());
                    ps.setBigDecimal(4, u.meanProgressPercent());
                    ps.setBigDecimal(5, u.reachedPercent());
                    ps.setInt(6, u.targetsSet());
                    ps.setInt(7, u.targetsReached());
                    ps.setTimestamp(8, now);
                });
    }

    public List<UnitCompletion> current(String businessKey) {
        return jdbc.query("SELECT * FROM unit_completion WHERE business_key = ? ORDER BY province_code",
                (rs, i) -> new UnitCompletion(rs.getString("province_code"), rs.getInt("report_version"),
                        rs.getBigDecimal("completion_percent"), rs.getBigDecimal("reached_percent"),
                        rs.getInt("targets_set"), rs.getInt("targets_reached")), businessKey);
    }
}
