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

/**
 * What each phase's tally computed, appended (never overwritten) as JSON; the latest one counts. Every summary
 * carries the units' standing from their own records ({@link UnitProgress}), so that no summary disagrees with them:
 * {@code late} lists every unit that missed its deadline (submitted late, still open after it, or closed without its
 * submission), {@code notSubmitted} the units closed without it, {@code extended} those given their own deadline, and
 * {@code unitStatuses} each unit's status in words.
 */
@Component
public class PhaseTallies {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    private final UnitProgress progress;

    PhaseTallies(JdbcTemplate jdbc, ObjectMapper json, Clock clock, UnitProgress progress) {
        this.progress = progress;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    public void record(String businessKey, Phase phase, Map<String, ?> summary) {
        Map<String, Object> withStandings = new java.util.LinkedHashMap<>(summary);
        java.util.List<UnitStatus> statuses = progress.of(businessKey, phase);
        if (!statuses.isEmpty()) {
            java.time.Instant now = clock.instant();
            withStandings.put("late", statuses.stream().filter(u -> u.late() || u.timeliness(now) == Timeliness.LATE)
                    .map(UnitStatus::province).toList());
            withStandings.put("notSubmitted", statuses.stream()
                    .filter(u -> u.timeliness(now) == Timeliness.NOT_SUBMITTED).map(UnitStatus::province).toList());
            withStandings.put("extended", statuses.stream().filter(u -> u.extendedTo() != null)
                    .map(UnitStatus::province).toList());
            Map<String, String> words = new java.util.LinkedHashMap<>();
            statuses.forEach(u -> words.put(u.province(), u.timeliness(now).label(phase)));
            withStandings.put("unitStatuses", words);
        }
        try {
            jdbc.update("INSERT INTO phase_tally (business_key, phase, computed_at, summary) VALUES (?, ?, ?, ?)",
                    businessKey, phase.name(), Timestamp.from(clock.instant()), json.writeValueAsString(withStandings));
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
