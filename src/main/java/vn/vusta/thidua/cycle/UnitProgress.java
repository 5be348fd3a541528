package vn.vusta.thidua.cycle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.cycle.UnitStatus.Status;

/**
 * Per-unit status of each phase (table unit_phase_status). Every unit has its own row, so concurrent
 * submissions of different units never touch the same row.
 */
@Component
public class UnitProgress {

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UnitProgress(JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** The unit's task is open (again); a unit whose deadline was extended keeps its own. */
    public void opened(String businessKey, Phase phase, String province, Instant due) {
        if (jdbc.update("UPDATE unit_phase_status SET due_at = COALESCE(extended_to, CAST(? AS TIMESTAMP)) WHERE business_key = ? "
                + "AND phase = ? AND province_code = ?", timestamp(due), businessKey, phase.name(), province) == 0) {
            jdbc.update("INSERT INTO unit_phase_status (business_key, phase, province_code, status, due_at) VALUES (?, ?, ?, ?, ?)",
                    businessKey, phase.name(), province, Status.OPEN.name(), timestamp(due));
        }
    }

    /**
     * Records a submission and answers whether it came after the deadline: the unit's own deadline if the head
     * extended it. A late-unit task of the head for it ends ({@link LateUnitTasks}).
     */
    public boolean submitted(String businessKey, Phase phase, String province, Instant due) {
        Instant now = clock.instant();
        Instant extended = extendedTo(businessKey, phase, province);
        if (extended != null) {
            due = extended;
        }
        boolean late = due != null && now.isAfter(due);
        String update = """
                UPDATE unit_phase_status SET status = ?, submitted_at = ?, submissions = submissions + 1,
                    late = (late OR ?), due_at = ? WHERE business_key = ? AND phase = ? AND province_code = ?""";
        Object[] values = {Status.SUBMITTED.name(), Timestamp.from(now), late, timestamp(due), businessKey, phase.name(), province};
        if (jdbc.update(update, values) == 0) {
            // no row yet: the opening of this task was not recorded
            opened(businessKey, phase, province, due);
            jdbc.update(update, values);
        }
        events.publishEvent(new LateUnitTasks.UnitTaskEnded(businessKey, phase, province));
        return late;
    }

    public void returned(String businessKey, Phase phase, String province, String reason) {
        jdbc.update("UPDATE unit_phase_status SET status = ?, return_reason = ? WHERE business_key = ? AND phase = ? AND province_code = ?",
                Status.RETURNED.name(), reason, businessKey, phase.name(), province);
    }

    /** The units whose task in the phase is open or returned, not yet submitted, in province-code order. */
    List<String> notSubmitted(String businessKey, Phase phase) {
        return jdbc.queryForList("""
                SELECT province_code FROM unit_phase_status WHERE business_key = ? AND phase = ? AND status IN (?, ?)
                ORDER BY province_code""", String.class, businessKey, phase.name(), Status.OPEN.name(),
                Status.RETURNED.name());
    }

    /** The unit's task was closed without a submission, for this reason. */
    void closed(String businessKey, Phase phase, String province, String reason) {
        if (jdbc.update("UPDATE unit_phase_status SET status = ?, closed_reason = ? "
                + "WHERE business_key = ? AND phase = ? AND province_code = ?",
                Status.CLOSED.name(), reason, businessKey, phase.name(), province) == 0) {
            jdbc.update("INSERT INTO unit_phase_status (business_key, phase, province_code, status, closed_reason) "
                    + "VALUES (?, ?, ?, ?, ?)", businessKey, phase.name(), province, Status.CLOSED.name(), reason);
        }
        events.publishEvent(new LateUnitTasks.UnitTaskEnded(businessKey, phase, province));
    }

    /** After the deadline, the phase was closed for the unit without its submission, for this reason. */
    void closedWithoutSubmission(String businessKey, Phase phase, String province, String reason) {
        jdbc.update("UPDATE unit_phase_status SET status = ?, closed_reason = ?, late = TRUE "
                + "WHERE business_key = ? AND phase = ? AND province_code = ?",
                Status.NOT_SUBMITTED.name(), reason, businessKey, phase.name(), province);
    }

    /** The head gave the unit its own deadline: no longer late, and reminded and escalated again by that date. */
    void extended(String businessKey, Phase phase, String province, Instant until, String reason) {
        jdbc.update("UPDATE unit_phase_status SET status = ?, due_at = ?, extended_to = ?, extension_reason = ?, "
                + "late = FALSE WHERE business_key = ? AND phase = ? AND province_code = ?",
                Status.EXTENDED.name(), Timestamp.from(until), Timestamp.from(until), reason, businessKey, phase.name(),
                province);
    }

    /** The unit's own deadline while its extended task is open; null otherwise. */
    Instant extendedTo(String businessKey, Phase phase, String province) {
        return jdbc.query("SELECT extended_to FROM unit_phase_status WHERE business_key = ? AND phase = ? "
                + "AND province_code = ? AND status = ?", (rs, i) -> instant(rs, "extended_to"), businessKey,
                phase.name(), province, Status.EXTENDED.name()).stream().filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
    }

    void reminded(String businessKey, Phase phase, String province) {
        jdbc.update("UPDATE unit_phase_status SET reminded_at = ? WHERE business_key = ? AND phase = ? AND province_code = ?",
                Timestamp.from(clock.instant()), businessKey, phase.name(), province);
    }

    void escalated(String businessKey, Phase phase, String province) {
        jdbc.update("UPDATE unit_phase_status SET escalated_at = ?, late = TRUE WHERE business_key = ? AND phase = ? AND province_code = ?",
                Timestamp.from(clock.instant()), businessKey, phase.name(), province);
    }

    public List<UnitStatus> of(String businessKey) {
        return jdbc.query("SELECT * FROM unit_phase_status WHERE business_key = ? ORDER BY phase, province_code",
                this::map, businessKey);
    }

    public List<UnitStatus> of(String businessKey, Phase phase) {
        return jdbc.query("SELECT * FROM unit_phase_status WHERE business_key = ? AND phase = ? ORDER BY province_code",
                this::map, businessKey, phase.name());
    }

    private UnitStatus map(ResultSet rs, int row) throws SQLException {
        return new UnitStatus(rs.getString("province_code"), Phase.valueOf(rs.getString("phase")),
                Status.valueOf(rs.getString("status")), rs.getBoolean("late"), instant(rs, "due_at"),
                instant(rs, "reminded_at"), instant(rs, "escalated_at"), instant(rs, "submitted_at"),
                rs.getInt("submissions"), rs.getString("return_reason"), rs.getString("closed_reason"),
                instant(rs, "extended_to"), rs.getString("extension_reason"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
