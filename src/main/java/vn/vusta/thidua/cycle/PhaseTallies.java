package vn.vusta.thidua.cycle;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What each phase's tally computed, appended (never overwritten) as JSON; the latest one counts. */
@Component
public class PhaseTallies {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    PhaseTallies(JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    public void record(String businessKey, Phase phase, Map<String, ?> summary) {
        try {
            jdbc.update("INSERT INTO phase_tally (business_key, phase, computed_at, summary) VALUES (?, ?, ?, ?)",
                    businessKey, phase.name(), Timestamp.from(clock.instant()), json.writeValueAsString(summary));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<Map<String, Object>> latest(String businessKey, Phase phase) {
        return jdbc.queryForList("SELECT summary FROM phase_tally WHERE business_key = ? AND phase = ? ORDER BY id DESC",
                String.class, businessKey, phase.name()).stream().findFirst().map(this::read);
    }

    private Map<String, Object> read(String text) {
        try {
            return json.readValue(text, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
