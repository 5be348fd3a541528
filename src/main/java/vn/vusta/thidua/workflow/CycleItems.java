package vn.vusta.thidua.workflow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;

/**
 * Loads the per-field rows (targets, progress, results) of every submission of a cycle, or of one unit in it, in one
 * query, grouped by submission id — instead of one query per submission when a tally, a review table or a report
 * reads them all.
 */
public final class CycleItems {

    private CycleItems() {
    }

    /**
     * The rows of the cycle's submissions, or only of {@code province}'s when it is not null. Table and column names
     * are the repositories' constants, never user input.
     */
    public static <T> Map<Long, List<T>> load(JdbcTemplate jdbc, String itemTable, String parentTable, String parentColumn,
            RowMapper<T> item, String businessKey, String province) {
        Map<Long, List<T>> byParent = new HashMap<>();
        RowCallbackHandler collect = rs -> byParent.computeIfAbsent(rs.getLong(parentColumn), id -> new ArrayList<>())
                .add(item.mapRow(rs, 0));
        String sql = "SELECT i.* FROM " + itemTable + " i JOIN " + parentTable + " p ON p.id = i." + parentColumn
                + " WHERE p.business_key = ?" + (province == null ? "" : " AND p.province_code = ?")
                + " ORDER BY i." + parentColumn + ", i.field_no";
        jdbc.query(sql, collect, province == null ? new Object[] {businessKey} : new Object[] {businessKey, province});
        return byParent;
    }

    /** The version a unit's next submission gets in {@code parentTable}: one more than its latest, 1 for its first. */
    public static int nextVersion(JdbcTemplate jdbc, String parentTable, String businessKey, String province) {
        return jdbc.queryForObject("SELECT COALESCE(MAX(version), 0) + 1 FROM " + parentTable
                + " WHERE business_key = ? AND province_code = ?", Integer.class, businessKey, province);
    }
}
