package vn.vusta.thidua.council;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.vusta.thidua.rules.Title;

/** The council members' ballots and the tally per nominee; rows are only ever inserted, never edited. */
@Repository
public class CouncilVotes {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CouncilVotes(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void insert(CouncilBallot b) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement("""
                    INSERT INTO council_ballot (business_key, voter, remarks, voted_at, task_id) VALUES (?, ?, ?, ?, ?)""",
                    new String[] {"id"});
            ps.setString(1, b.businessKey());
            ps.setString(2, b.voter());
            ps.setString(3, b.remarks());
            ps.setTimestamp(4, Timestamp.from(b.votedAt()));
            ps.setString(5, b.taskId());
            return ps;
        }, key);
        long id = key.getKey().longValue();
        jdbc.batchUpdate("INSERT INTO council_ballot_item (ballot_id, province_code, title, approved) VALUES (?, ?, ?, ?)",
                b.items(), b.items().size(), (ps, item) -> {
                    ps.setLong(1, id);
                    ps.setString(2, item.nominee().unit());
                    ps.setString(3, item.nominee().title().name());
                    ps.setBoolean(4, item.approved());
                });
    }

    /** Every ballot of the cycle, in the order they were cast. */
    List<CouncilBallot> ballots(String businessKey) {
        Map<Long, CouncilBallot> ballots = new LinkedHashMap<>();
        jdbc.query("SELECT * FROM council_ballot WHERE business_key = ? ORDER BY id", rs -> {
            ballots.put(rs.getLong("id"), new CouncilBallot(rs.getString("business_key"), rs.getString("voter"),
                    new ArrayList<>(), rs.getString("remarks"), rs.getTimestamp("voted_at").toInstant(),
                    rs.getString("task_id")));
        }, businessKey);
        jdbc.query("""
                SELECT i.* FROM council_ballot_item i JOIN council_ballot b ON b.id = i.ballot_id
                WHERE b.business_key = ? ORDER BY i.ballot_id, CASE i.title WHEN 'FLAG' THEN 0 ELSE 1 END, i.province_code""",
                rs -> {
                    ballots.get(rs.getLong("ballot_id")).items().add(new CouncilBallot.Item(
                            new Nominee(rs.getString("province_code"), Title.valueOf(rs.getString("title"))),
                            rs.getBoolean("approved")));
                }, businessKey);
        return List.copyOf(ballots.values());
    }

    void insertTally(String businessKey, List<CouncilTally> tally) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.batchUpdate("""
                INSERT INTO council_tally (business_key, province_code, title, approvals, base, approved, explanation,
                    computed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", tally, tally.size(), (ps, t) -> {
                    ps.setString(1, businessKey);
                    ps.setString(2, t.nominee().unit());
                    ps.setString(3, t.nominee().title().name());
                    ps.setInt(4, t.approvals());
                    ps.setInt(5, t.base());
                    ps.setBoolean(6, t.approved());
                    ps.setString(7, t.explanation());
                    ps.setTimestamp(8, now);
                });
    }

    /** The tally, flag first, approved first. */
    public List<CouncilTally> tally(String businessKey) {
        return jdbc.query("""
                SELECT * FROM council_tally WHERE business_key = ?
                ORDER BY CASE title WHEN 'FLAG' THEN 0 ELSE 1 END, approved DESC, approvals DESC, province_code""",
                (rs, i) -> new CouncilTally(new Nominee(rs.getString("province_code"), Title.valueOf(rs.getString("title"))),
                        rs.getInt("approvals"), rs.getInt("base"), rs.getBoolean("approved"), rs.getString("explanation")),
                businessKey);
    }
}
