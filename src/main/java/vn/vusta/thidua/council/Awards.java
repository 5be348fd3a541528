package vn.vusta.thidua.council;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.vusta.thidua.rules.Title;

/**
 * Award decisions, the awards they grant and their revocations. There is no update path: a decision and its
 * awards are inserted once; a revocation is a row of its own, and an award can be revoked only once.
 */
@Repository
class Awards {

    private static final String AWARD_COLUMNS = """
            SELECT a.*, r.reason, r.revoked_by, r.revoked_at FROM award a
            LEFT JOIN award_revocation r ON r.award_id = a.id""";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Awards(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void insertDecision(AwardDecision d) {
        jdbc.update("""
                INSERT INTO award_decision (business_key, cluster_no, year_no, decision_number, decision_date, signed_by,
                    signed_at, next_head, next_deputy, task_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                d.businessKey(), d.cluster(), d.year(), d.number(), Date.valueOf(d.date()), d.signedBy(),
                Timestamp.from(d.signedAt()), d.nextHead(), d.nextDeputy(), d.taskId());
    }

    Optional<AwardDecision> decision(String businessKey) {
        return jdbc.query("SELECT * FROM award_decision WHERE business_key = ?", (rs, i) -> new AwardDecision(
                rs.getString("business_key"), rs.getInt("cluster_no"), rs.getInt("year_no"), rs.getString("decision_number"),
                rs.getDate("decision_date").toLocalDate(), rs.getString("signed_by"), rs.getTimestamp("signed_at").toInstant(),
                rs.getString("next_head"), rs.getString("next_deputy"), rs.getString("task_id")), businessKey)
                .stream().findFirst();
    }

    /** One award per approved nominee of the decision. */
    void grant(AwardDecision decision, List<Nominee> approved) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.batchUpdate("""
                INSERT INTO award (business_key, year_no, cluster_no, province_code, title, decision_number, decision_date,
                    recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", approved, approved.size(), (ps, n) -> {
                    ps.setString(1, decision.businessKey());
                    ps.setInt(2, decision.year());
                    ps.setInt(3, decision.cluster());
                    ps.setString(4, n.unit());
                    ps.setString(5, n.title().name());
                    ps.setString(6, decision.number());
                    ps.setDate(7, Date.valueOf(decision.date()));
                    ps.setTimestamp(8, now);
                });
    }

    List<Award> ofCycle(String businessKey) {
        return jdbc.query(AWARD_COLUMNS + " WHERE a.business_key = ? ORDER BY a.id", this::map, businessKey);
    }

    List<Award> ofYear(int year) {
        return jdbc.query(AWARD_COLUMNS + " WHERE a.year_no = ? ORDER BY a.cluster_no, a.id", this::map, year);
    }

    List<Award> all() {
        return jdbc.query(AWARD_COLUMNS + " ORDER BY a.year_no, a.cluster_no, a.id", this::map);
    }

    Optional<Award> find(long id) {
        return jdbc.query(AWARD_COLUMNS + " WHERE a.id = ?", this::map, id).stream().findFirst();
    }

    /** Records the revocation; false if the award was already revoked. */
    boolean revoke(long awardId, String reason, String by) {
        try {
            jdbc.update("INSERT INTO award_revocation (award_id, reason, revoked_by, revoked_at) VALUES (?, ?, ?, ?)",
                    awardId, reason, by, Timestamp.from(clock.instant()));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    private Award map(ResultSet rs, int row) throws SQLException {
        Timestamp revokedAt = rs.getTimestamp("revoked_at");
        Award.Revocation revocation = revokedAt == null ? null
                : new Award.Revocation(rs.getString("reason"), rs.getString("revoked_by"), revokedAt.toInstant());
        return new Award(rs.getLong("id"), rs.getString("business_key"), rs.getInt("year_no"), rs.getInt("cluster_no"),
                rs.getString("province_code"), Title.valueOf(rs.getString("title")), rs.getString("decision_number"),
                rs.getDate("decision_date").toLocalDate(), instant(rs.getTimestamp("recorded_at")), revocation);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
