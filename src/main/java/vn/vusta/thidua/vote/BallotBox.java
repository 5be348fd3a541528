package vn.vusta.thidua.vote;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.vusta.thidua.rules.Title;
import vn.vusta.thidua.engine.EngineClock;

/**
 * The ballot box: rounds, anonymous ballots and participation. A ballot row has a random id, the round and the day,
 * nothing else; who voted (and when) is in {@code vote_participation}, which shares no key with the ballots.
 */
@Repository
public class BallotBox {

    /** A round of the vote: round 1 is the first ballot, later rounds are runoffs. */
    record Round(int number, Runoff runoff) {
        boolean isRunoff() {
            return runoff != null;
        }
    }

    /** That a unit voted in a round; never what. */
    record Participation(String unit, int round, String votedBy, Instant votedAt, boolean late) {
    }

    /** The unit has already voted in this round. */
    static class AlreadyVoted extends RuntimeException {
        AlreadyVoted(String unit, int round) {
            super(unit + " has already voted in round " + round);
        }
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    BallotBox(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void openFirstRound(String businessKey) {
        jdbc.update("INSERT INTO vote_round (business_key, round_no, opened_at) VALUES (?, 1, ?)", businessKey,
                Timestamp.from(clock.instant()));
    }

    /** Opens the next round as the runoff the tally asked for; returns its number. */
    int openRunoff(String businessKey, Runoff runoff) {
        int number = rounds(businessKey).size() + 1;
        jdbc.update("INSERT INTO vote_round (business_key, round_no, title, candidates, seats, opened_at) VALUES (?, ?, ?, ?, ?, ?)",
                businessKey, number, runoff.title().name(), String.join(",", runoff.candidates()), runoff.seats(),
                Timestamp.from(clock.instant()));
        return number;
    }

    List<Round> rounds(String businessKey) {
        return jdbc.query("SELECT * FROM vote_round WHERE business_key = ? ORDER BY round_no", (rs, i) -> {
            String title = rs.getString("title");
            Runoff runoff = title == null ? null : new Runoff(Title.valueOf(title),
                    Arrays.asList(rs.getString("candidates").split(",")), rs.getInt("seats"));
            return new Round(rs.getInt("round_no"), runoff);
        }, businessKey);
    }

    Round round(String businessKey, int number) {
        return rounds(businessKey).stream().filter(r -> r.number() == number).findFirst()
                .orElseThrow(() -> new IllegalStateException("round " + number + " of " + businessKey + " was not opened"));
    }

    /**
     * Records that the unit voted and drops its ballot into the box, in one transaction (the caller's). A second
     * vote of the same unit in the same round fails on the participation key, so nothing of it is stored.
     */
    void cast(String businessKey, int round, String unit, String votedBy, boolean late, Ballot ballot) {
        try {
            jdbc.update("""
                    INSERT INTO vote_participation (business_key, round_no, province_code, voted_by, voted_at, late)
                    VALUES (?, ?, ?, ?, ?, ?)""", businessKey, round, unit, votedBy, Timestamp.from(clock.instant()), late);
        } catch (DuplicateKeyException e) {
            throw new AlreadyVoted(unit, round);
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), EngineClock.VIETNAM);
        jdbc.update("""
                INSERT INTO ballot (id, business_key, round_no, flag, merit, next_head, next_deputy, cast_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", UUID.randomUUID().toString(), businessKey, round,
                join(ballot.flag()), join(ballot.merit()), ballot.nextHead(), ballot.nextDeputy(), Date.valueOf(today));
    }

    boolean hasVoted(String businessKey, int round, String unit) {
        Integer count = jdbc.queryForObject(
                "SELECT COUNT(*) FROM vote_participation WHERE business_key = ? AND round_no = ? AND province_code = ?",
                Integer.class, businessKey, round, unit);
        return count != null && count > 0;
    }

    /** The ballots of a round, in an order that says nothing about when they were cast. */
    List<Ballot> ballots(String businessKey, int round) {
        return jdbc.query("SELECT * FROM ballot WHERE business_key = ? AND round_no = ? ORDER BY id",
                (rs, i) -> new Ballot(split(rs.getString("flag")), split(rs.getString("merit")), rs.getString("next_head"),
                        rs.getString("next_deputy")), businessKey, round);
    }

    /** How many units cast a ballot in a round (who voted, never how). */
    public int voters(String businessKey, int round) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM vote_participation WHERE business_key = ? AND round_no = ?",
                Integer.class, businessKey, round);
        return count == null ? 0 : count;
    }

    List<Participation> participation(String businessKey) {
        return jdbc.query("SELECT * FROM vote_participation WHERE business_key = ? ORDER BY round_no, province_code",
                (rs, i) -> new Participation(rs.getString("province_code"), rs.getInt("round_no"), rs.getString("voted_by"),
                        rs.getTimestamp("voted_at").toInstant(), rs.getBoolean("late")), businessKey);
    }

    private static String join(Set<String> units) {
        return String.join(",", new TreeSet<>(units));
    }

    private static Set<String> split(String units) {
        return units.isEmpty() ? Set.of() : Set.of(units.split(","));
    }
}
