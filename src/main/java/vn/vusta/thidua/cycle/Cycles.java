package vn.vusta.thidua.cycle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.vusta.thidua.rules.RuleVersions;

@Repository
public class Cycles {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    Cycles(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Inserts a new live cycle; throws {@link org.springframework.dao.DuplicateKeyException} if the cluster-year
     * already has a live cycle (unique {@code live_slot}) or the business key is taken.
     */
    void insert(Cycle cycle) {
        jdbc.update("""
                INSERT INTO emulation_cycle (business_key, cluster_no, year_no, process_instance_id, head_code,
                    deputy_code, members, rule_versions, phase, opened_at, live_slot)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                cycle.businessKey(), cycle.cluster(), cycle.year(), cycle.processInstanceId(), cycle.head(),
                cycle.deputy(), String.join(",", cycle.members()), write(cycle.rules().toMap()), cycle.phase().name(),
                Timestamp.from(cycle.openedAt()), slot(cycle.cluster(), cycle.year()));
    }

    /** The cluster-year's cycle that is not cancelled (running or done), if any. */
    public Optional<Cycle> live(int cluster, int year) {
        return jdbc.query("SELECT * FROM emulation_cycle WHERE live_slot = ?", this::map, slot(cluster, year))
                .stream().findFirst();
    }

    /** How many cycles the cluster-year has had, cancelled ones included. */
    int attempts(int cluster, int year) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM emulation_cycle WHERE cluster_no = ? AND year_no = ?",
                Integer.class, cluster, year);
    }

    /** Marks a cycle cancelled and frees its cluster-year; false if it was not running. */
    boolean markCancelled(String businessKey, Cycle.Cancellation cancellation) {
        return jdbc.update("""
                UPDATE emulation_cycle SET live_slot = NULL, cancelled_at = ?, cancelled_by = ?, cancel_reason = ?
                WHERE business_key = ? AND cancelled_at IS NULL AND closed_at IS NULL""",
                Timestamp.from(cancellation.at()), cancellation.by(), cancellation.reason(), businessKey) == 1;
    }

    /** The cycle's members, head and deputy after a change of membership. */
    void updateMembership(String businessKey, List<String> members, String head, String deputy) {
        jdbc.update("UPDATE emulation_cycle SET members = ?, head_code = ?, deputy_code = ? WHERE business_key = ?",
                String.join(",", members), head, deputy, businessKey);
    }

    /** Every cycle not closed and not cancelled. */
    public List<Cycle> running() {
        return jdbc.query("""
                SELECT * FROM emulation_cycle WHERE closed_at IS NULL AND cancelled_at IS NULL
                ORDER BY year_no, cluster_no""", this::map);
    }

    private static String slot(int cluster, int year) {
        return cluster + "/" + year;
    }

    public Optional<Cycle> find(String businessKey) {
        return jdbc.query("SELECT * FROM emulation_cycle WHERE business_key = ?", this::map, businessKey)
                .stream().findFirst();
    }

    public List<Cycle> ofYear(int year) {
        return jdbc.query("SELECT * FROM emulation_cycle WHERE year_no = ? ORDER BY cluster_no, opened_at", this::map, year);
    }

    /** Every cycle ever opened, by year and cluster. */
    public List<Cycle> all() {
        return jdbc.query("SELECT * FROM emulation_cycle ORDER BY year_no, cluster_no", this::map);
    }

    void updatePhase(String businessKey, Phase phase) {
        jdbc.update("UPDATE emulation_cycle SET phase = ? WHERE business_key = ?", phase.name(), businessKey);
    }

    void close(String businessKey, Instant at) {
        jdbc.update("UPDATE emulation_cycle SET phase = ?, closed_at = ? WHERE business_key = ?",
                Phase.DONE.name(), Timestamp.from(at), businessKey);
    }

    private Cycle map(ResultSet rs, int row) throws SQLException {
        Timestamp closed = rs.getTimestamp("closed_at");
        Timestamp cancelled = rs.getTimestamp("cancelled_at");
        return new Cycle(rs.getString("business_key"), rs.getInt("cluster_no"), rs.getInt("year_no"),
                rs.getString("process_instance_id"), rs.getString("head_code"), rs.getString("deputy_code"),
                members(rs.getString("members")), RuleVersions.fromMap(read(rs.getString("rule_versions"))),
                Phase.valueOf(rs.getString("phase")), rs.getTimestamp("opened_at").toInstant(),
                closed == null ? null : closed.toInstant(), cancelled == null ? null
                        : new Cycle.Cancellation(cancelled.toInstant(), rs.getString("cancelled_by"), rs.getString("cancel_reason")));
    }

    private static List<String> members(String column) {
        return column == null || column.isBlank() ? List.of() : Arrays.asList(column.split(","));
    }

    private String write(Map<String, String> map) {
        try {
            return json.writeValueAsString(map);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> read(String text) {
        try {
            return json.readValue(text, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
