package vn.vusta.thidua.registration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.vusta.thidua.submission.RegisteredTargets;
import vn.vusta.thidua.submission.RegisteredUnit;
import vn.vusta.thidua.submission.SubmissionHeader;
import vn.vusta.thidua.submission.VersionedSubmissions;

/** Registrations with their targets (tables {@code registration}, {@code registration_target}). */
@Repository
public class Registrations extends VersionedSubmissions<Registration, Registration.Target>
        implements RegisteredTargets {

    Registrations(JdbcTemplate jdbc) {
        super(jdbc, "registration", List.of("aim_flag", "aim_merit", "covenant_accepted"),
                "registration_target", "registration_id", List.of("field_no", "target", "description"));
    }

    void insert(Registration registration) {
        store(registration);
    }

    @Override
    public Optional<RegisteredUnit> registered(String businessKey, String unit) {
        return latest(businessKey, unit).map(Registration::registered);
    }

    @Override
    public List<RegisteredUnit> allRegistered(String businessKey) {
        return allLatest(businessKey).stream().map(Registration::registered).toList();
    }

    @Override
    protected void bindOwn(PreparedStatement ps, int index, Registration r) throws SQLException {
        ps.setBoolean(index, r.aimFlag());
        ps.setBoolean(index + 1, r.aimMerit());
        ps.setBoolean(index + 2, r.covenantAccepted());
    }

    @Override
    protected List<Registration.Target> items(Registration r) {
        return r.targets();
    }

    @Override
    protected void bindItem(PreparedStatement ps, int index, Registration.Target t) throws SQLException {
        ps.setInt(index, t.field());
        ps.setBigDecimal(index + 1, t.target());
        ps.setString(index + 2, t.description());
    }

    @Override
    protected Registration.Target item(ResultSet rs) throws SQLException {
        return new Registration.Target(rs.getInt("field_no"), rs.getBigDecimal("target"), rs.getString("description"));
    }

    @Override
    protected Registration submission(SubmissionHeader h, ResultSet rs, List<Registration.Target> targets)
            throws SQLException {
        return new Registration(h.businessKey(), h.province(), h.version(), rs.getBoolean("aim_flag"),
                rs.getBoolean("aim_merit"), rs.getBoolean("covenant_accepted"), targets, h.submittedBy(),
                h.submittedAt(), h.late(), h.taskId());
    }
}
