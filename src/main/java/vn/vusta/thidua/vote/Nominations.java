package vn.vusta.thidua.vote;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import vn.vusta.thidua.cycle.VoteOutcomes;
import vn.vusta.thidua.rules.Title;

/**
 * The vote's outcome per nominee and title, and the election of next year's head and deputy. The vote tally
 * replaces them; the council phase and the results API read them. Nothing here says who voted for whom.
 */
@Repository
public class Nominations implements VoteOutcomes {

    private static final RowMapper<NomineeOutcome> OUTCOME = (rs, i) -> new NomineeOutcome(rs.getString("province_code"),
            Title.valueOf(rs.getString("title")), rs.getLong("votes"), rs.getLong("base"), rs.getString("threshold_text"),
            (Integer) rs.getObject("rank_no"), rs.getBoolean("proposed"), rs.getString("reason"));

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Nominations(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void replace(String businessKey, List<NomineeOutcome> outcomes, ElectionOutcome election) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("DELETE FROM nomination WHERE business_key = ?", businessKey);
        jdbc.batchUpdate("""
                INSERT INTO nomination (business_key, title, province_code, votes, base, threshold_text, rank_no,
                    proposed, reason, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", outcomes, outcomes.size(),
                (ps, o) -> {
                    ps.setString(1, businessKey);
                    ps.setString(2, o.title().name());
                    ps.setString(3, o.unit());
                    ps.setLong(4, o.votes());
                    ps.setLong(5, o.base());
                    ps.setString(6, o.threshold());
                    ps.setObject(7, o.rank());
                    ps.setBoolean(8, o.proposed());
                    ps.setString(9, o.reason());
                    ps.setTimestamp(10, now);
                });
        jdbc.update("DELETE FROM election WHERE business_key = ?", businessKey);
        jdbc.update("""
                INSERT INTO election (business_key, next_head, head_votes, next_deputy, deputy_votes, explanation, decided_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", businessKey, election.head(), election.headVotes(), election.deputy(),
                election.deputyVotes(), election.explanation(), now);
    }

    /** Every member's outcome for both titles, flag first, proposed and best ranked first. */
    public List<NomineeOutcome> all(String businessKey) {
        return jdbc.query("""
                SELECT * FROM nomination WHERE business_key = ?
                ORDER BY CASE title WHEN 'FLAG' THEN 0 ELSE 1 END, proposed DESC, rank_no, votes DESC, province_code""",
                OUTCOME, businessKey);
    }

    public List<NomineeOutcome> proposed(String businessKey) {
        return all(businessKey).stream().filter(NomineeOutcome::proposed).toList();
    }

    @Override
    public List<Proposal> proposals(String businessKey) {
        return proposed(businessKey).stream().map(o -> new Proposal(o.unit(), o.title(),
                o.threshold() != null ? o.threshold() : o.votes() + "/" + o.base(), o.reason())).toList();
    }

    @Override
    public Optional<Leaders> leaders(String businessKey) {
        return election(businessKey).map(e -> new Leaders(e.head(), e.deputy(), e.explanation()));
    }

    public Optional<ElectionOutcome> election(String businessKey) {
        return jdbc.query("SELECT * FROM election WHERE business_key = ?", (rs, i) -> new ElectionOutcome(
                rs.getString("next_head"), rs.getLong("head_votes"), rs.getString("next_deputy"), rs.getLong("deputy_votes"),
                rs.getString("explanation")), businessKey).stream().findFirst();
    }
}
