package vn.vusta.thidua.registration;

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

/** Registrations with their targets; rows are only ever inserted. */
@Repository
public class RegistrationRepository {

    private static final RowMapper<Registration.Target> ITEM = (t, i) ->
            new Registration.Target(t.getInt("field_no"),
                    t.getBigDecimal("target"), t.getString("description"));

    private final JdbcTemplate jdbc;

    RegistrationRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Registration r) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement("""
                    INSERT INTO registration (business_key, province_code, version, aim_flag, aim_merit, covenant_accepted,
                        submitted_by, submitted_at, late, task_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    new String[] {"id"});
            ps.setString(1, r.businessKey());
            ps.setString(2, r.province());
            ps.setInt(3, r.version());
            ps.setBoolean(4, r.aimFlag());
            ps.setBoolean(5, r.aimMerit());
            ps.setBoolean(6, r.covenantAccepted());
            ps.setString(7, r.submittedBy());
            ps.setTimestamp(8, Timestamp.from(r.submittedAt()));
            ps.setBoolean(9, r.late());
            ps.setString(10, r.taskId());
            return ps;
        }, key);
        long id = key.getKey().longValue();
        jdbc.batchUpdate("INSERT INTO registration_target (registration_id, field_no, target, description) VALUES (?, ?, ?, ?)",
                r.targets(), r.targets().size(), (ps, t) -> {
                    ps.setLong(1, id);
                    ps.setInt(2, t.field());
                    ps.setBigDecimal(3, t.target());
                    ps.setString(4, t.description());
                });
    }

    /** The unit's current registration: its latest version. */
    public Optional<Registration> latest(String businessKey, String province) {
        return jdbc.query("""
                SELECT * FROM registration WHERE business_key = ? AND province_code = ?
                ORDER BY version DESC FETCH FIRST 1 ROWS ONLY""", mapper(businessKey, province),
                businessKey, province).stream().findFirst();
    }

    /** The version the unit's next registration gets. */
    int nextVersion(String businessKey, String province) {
        return CycleItems.nextVersion(jdbc, "registration", businessKey, province);
    }

    /** Every unit's current registration. */
    public List<Registration> allLatest(String businessKey) {
        return jdbc.query("""
                SELECT r.* FROM registration r WHERE r.business_key = ? AND r.version =
                    (SELECT MAX(v.version) FROM registration v WHERE v.business_key = r.business_key
                     AND v.province_code = r.province_code)
                ORDER BY r.province_code""", mapper(businessKey, null), businessKey);
    }

    public List<Registration> history(String businessKey, String province) {
        return jdbc.query("SELECT * FROM registration WHERE business_key = ? AND province_code = ? ORDER BY version",
                mapper(businessKey, province),
                businessKey, province);
    }

    /** Maps the submissions of a cycle (province null) or of one unit, with their per-field rows read in one query. */
    private RowMapper<Registration> mapper(String businessKey, String province) {
        Map<Long, List<Registration.Target>> targets = CycleItems.load(jdbc, "registration_target",
                "registration", "registration_id", ITEM, businessKey, province);
        return (rs, row) -> map(rs, targets.getOrDefault(rs.getLong("id"), List.of()));
    }

    private static Registration map(ResultSet rs, List<Registration.Target> targets) throws SQLException {
        return new Registration(rs.getString("business_key"), rs.getString("province_code"), rs.getInt("version"),
                rs.getBoolean("aim_flag"), rs.getBoolean("aim_merit"), rs.getBoolean("covenant_accepted"), targets,
                rs.getString("submitted_by"), rs.getTimestamp("submitted_at").toInstant(), rs.getBoolean("late"),
                rs.getString("task_id"));
    }
}
