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
public class CycleRepository {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    CycleRepository(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Cycle cycle) {
        jdbc.update("""
                INSERT INTO emulation_cycle (business_key, cluster_no, year_no, process_instance_id, head_code,
                    deputy_code, members, rule_versions, phase, opened_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                cycle.businessKey(), cycle.cluster(), cycle.year(), cycle.processInstanceId(), cycle.head(),
                cycle.deputy(), String.join(",", cycle.members()), write(cycle.rules().toMap()), cycle.phase().name(),
                Timestamp.from(cycle.openedAt()));
    }

    public Optional<Cycle> find(String businessKey) {
        return jdbc.query("SELECT * FROM emulation_cycle WHERE business_key = ?", this::map, businessKey)
                .stream().findFirst();
    }

    public List<Cycle> ofYear(int year) {
        return jdbc.query("SELECT * FROM emulation_cycle WHERE year_no = ? ORDER BY cluster_no", this::map, year);
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
        return new Cycle(rs.getString("business_key"), rs.getInt("cluster_no"), rs.getInt("year_no"),
                rs.getString("process_instance_id"), rs.getString("head_code"), rs.getString("deputy_code"),
                Arrays.asList(rs.getString("members").split(",")), RuleVersions.fromMap(read(rs.getString("rule_versions"))),
                Phase.valueOf(rs.getString("phase")), rs.getTimestamp("opened_at").toInstant(),
                closed == null ? null : closed.toInstant());
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
