package vn.vusta.thidua.cycle;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The changes of each cycle's membership and leadership (table cycle_change); rows are only ever inserted. */
@Repository
public class CycleChanges {

    private final JdbcTemplate jdbc;

    CycleChanges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void record(CycleChange c) {
        jdbc.update("""
                INSERT INTO cycle_change (business_key, kind, province_code, successor_code, effective, reason,
                    recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", c.businessKey(), c.kind().name(),
                c.province(), c.successor(), Date.valueOf(c.effective()), c.reason().substring(0, Math.min(1000,
                        c.reason().length())), c.recordedBy(), Timestamp.from(c.recordedAt()));
    }

    public List<CycleChange> of(String businessKey) {
        return jdbc.query("SELECT * FROM cycle_change WHERE business_key = ? ORDER BY id", (rs, i) -> new CycleChange(
                rs.getString("business_key"), CycleChange.Kind.valueOf(rs.getString("kind")),
                rs.getString("province_code"), rs.getString("successor_code"), rs.getDate("effective").toLocalDate(),
                rs.getString("reason"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()),
                businessKey);
    }

    /** The units that left the cycle, in the order they left. */
    public List<String> formerMembers(String businessKey) {
        return jdbc.queryForList("SELECT province_code FROM cycle_change WHERE business_key = ? AND kind = ? ORDER BY id",
                String.class, businessKey, CycleChange.Kind.UNIT_LEFT.name());
    }
}
