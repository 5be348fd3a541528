package vn.vusta.thidua.council;

import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Every check and correction of a dossier, in order; rows are only ever inserted. */
@Repository
class DossierChecks {

    private final JdbcTemplate jdbc;

    DossierChecks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(DossierCheck c) {
        jdbc.update("""
                INSERT INTO dossier_check (business_key, round_no, step, outcome, note, actor, occurred_at, task_id,
                    subject, unit_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", c.businessKey(), c.round(),
                c.step().name(), c.outcome().name(), c.note(), c.actor(), Timestamp.from(c.occurredAt()), c.taskId(),
                c.subject(), c.unit());
    }

    /** The number of checks done so far. */
    int rounds(String businessKey) {
        Integer rounds = jdbc.queryForObject("SELECT COUNT(*) FROM dossier_check WHERE business_key = ? AND step = 'CHECK'",
                Integer.class, businessKey);
        return rounds == null ? 0 : rounds;
    }

    List<DossierCheck> of(String businessKey) {
        return jdbc.query("SELECT * FROM dossier_check WHERE business_key = ? ORDER BY id", (rs, i) -> new DossierCheck(
                rs.getString("business_key"), rs.getInt("round_no"), DossierCheck.Step.valueOf(rs.getString("step")),
                DossierCheck.Outcome.valueOf(rs.getString("outcome")), rs.getString("note"), rs.getString("actor"),
                rs.getTimestamp("occurred_at").toInstant(), rs.getString("task_id"), rs.getString("subject"),
                rs.getString("unit_code")), businessKey);
    }
}
