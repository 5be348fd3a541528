package vn.vusta.thidua.submission;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The versioned submissions of one phase: a header row per version (the {@link SubmissionHeader} columns and the
 * phase's own) and its per-field item rows, in two tables. Rows are only ever inserted. A phase's repository extends
 * this with its table and column names (constants, never user input), how it binds its own columns and items, and
 * how it builds its record. No method here is final: Spring proxies a {@code @Repository}, and a final method would
 * run on the proxy, without its fields.
 *
 * @param <S> the phase's submission
 * @param <I> one per-field item of it
 */
public abstract class VersionedSubmissions<S extends Submission, I> {

    private final JdbcTemplate jdbc;
    private final String table;
    private final List<String> ownColumns;
    private final String itemTable;
    private final String itemKey;
    private final List<String> itemColumns;

    protected VersionedSubmissions(JdbcTemplate jdbc, String table, List<String> ownColumns, String itemTable,
            String itemKey, List<String> itemColumns) {
        this.jdbc = jdbc;
        this.table = table;
        this.ownColumns = List.copyOf(ownColumns);
        this.itemTable = itemTable;
        this.itemKey = itemKey;
        this.itemColumns = List.copyOf(itemColumns);
    }

    /** Sets the phase's own header columns, in the order given, from {@code index} on. */
    protected abstract void bindOwn(PreparedStatement ps, int index, S submission) throws SQLException;

    protected abstract List<I> items(S submission);

    /** Sets an item's columns, in the order given, from {@code index} on. */
    protected abstract void bindItem(PreparedStatement ps, int index, I item) throws SQLException;

    protected abstract I item(ResultSet rs) throws SQLException;

    protected abstract S submission(SubmissionHeader header, ResultSet rs, List<I> items) throws SQLException;

    /** Stores a new version with its items. */
    protected void store(S s) {
        List<String> columns = new ArrayList<>(List.of("business_key", "province_code", "version", "submitted_by",
                "submitted_at", "late", "task_id"));
        columns.addAll(ownColumns);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", columns)
                    + ") VALUES (" + placeholders(columns.size()) + ")", new String[] {"id"});
            ps.setString(1, s.businessKey());
            ps.setString(2, s.province());
            ps.setInt(3, s.version());
            ps.setString(4, s.submittedBy());
            ps.setTimestamp(5, Timestamp.from(s.submittedAt()));
            ps.setBoolean(6, s.late());
            ps.setString(7, s.taskId());
            bindOwn(ps, 8, s);
            return ps;
        }, key);
        long id = key.getKey().longValue();
        List<I> items = items(s);
        jdbc.batchUpdate("INSERT INTO " + itemTable + " (" + itemKey + ", " + String.join(", ", itemColumns)
                + ") VALUES (" + placeholders(itemColumns.size() + 1) + ")", items, items.size(), (ps, item) -> {
                    ps.setLong(1, id);
                    bindItem(ps, 2, item);
                });
    }

    /** The unit's current submission: its latest version. */
    public Optional<S> latest(String businessKey, String province) {
        return jdbc.query("SELECT * FROM " + table + " WHERE business_key = ? AND province_code = ?"
                + " ORDER BY version DESC FETCH FIRST 1 ROWS ONLY", mapper(businessKey, province),
                businessKey, province).stream().findFirst();
    }

    /** The version the unit's next submission gets: one more than its latest, 1 for its first. */
    public int nextVersion(String businessKey, String province) {
        return jdbc.queryForObject("SELECT COALESCE(MAX(version), 0) + 1 FROM " + table
                + " WHERE business_key = ? AND province_code = ?", Integer.class, businessKey, province);
    }

    /** Every unit's current submission, by unit. */
    public List<S> allLatest(String businessKey) {
        return jdbc.query("SELECT r.* FROM " + table + " r WHERE r.business_key = ? AND r.version ="
                + " (SELECT MAX(v.version) FROM " + table + " v WHERE v.business_key = r.business_key"
                + " AND v.province_code = r.province_code) ORDER BY r.province_code", mapper(businessKey, null),
                businessKey);
    }

    /** Every version of the unit's submission, the first first. */
    public List<S> history(String businessKey, String province) {
        return jdbc.query("SELECT * FROM " + table + " WHERE business_key = ? AND province_code = ? ORDER BY version",
                mapper(businessKey, province), businessKey, province);
    }

    /** Maps the submissions of a cycle (province null) or of one unit, with their items read in one query. */
    private RowMapper<S> mapper(String businessKey, String province) {
        Map<Long, List<I>> items = items(businessKey, province);
        return (rs, row) -> submission(new SubmissionHeader(rs.getString("business_key"), rs.getString("province_code"),
                rs.getInt("version"), rs.getString("submitted_by"), rs.getTimestamp("submitted_at").toInstant(),
                rs.getBoolean("late"), rs.getString("task_id")), rs, items.getOrDefault(rs.getLong("id"), List.of()));
    }

    /**
     * The items of the cycle's submissions, or only of {@code province}'s when it is not null, grouped by submission
     * id — one query instead of one per submission when a tally, a review table or a report reads them all.
     */
    private Map<Long, List<I>> items(String businessKey, String province) {
        Map<Long, List<I>> bySubmission = new HashMap<>();
        RowCallbackHandler collect = rs -> bySubmission.computeIfAbsent(rs.getLong(itemKey), id -> new ArrayList<>())
                .add(item(rs));
        String sql = "SELECT i.* FROM " + itemTable + " i JOIN " + table + " p ON p.id = i." + itemKey
                + " WHERE p.business_key = ?" + (province == null ? "" : " AND p.province_code = ?")
                + " ORDER BY i." + itemKey + ", i.field_no";
        jdbc.query(sql, collect, province == null ? new Object[] {businessKey} : new Object[] {businessKey, province});
        return bySubmission;
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
