package vn.vusta.thidua.documents;

import java.math.BigDecimal;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.rules.Title;

/**
 * Reads, for documents and exports only, the records of the phases that keep them in their own tables: the vote's
 * minutes and participation, mid-year progress, year-end results and achievements, the council's tally and the award
 * decision. A phase whose tables are not in this database yet simply yields nothing, and the documents leave the
 * corresponding lines out. Read-only; nothing here writes another phase's table.
 */
@Component
class PhaseRecords {

    record Meeting(LocalDate date, String place, int membersPresent) {
    }

    record Decision(String number, LocalDate date, String signedBy, String nextHead, String nextDeputy) {
    }

    record Approval(String unit, Title title, int approvals, int base, boolean approved) {
    }

    private final JdbcTemplate jdbc;
    private volatile Set<String> tables;

    PhaseRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Meeting> meeting(String businessKey) {
        if (!has("vote_minutes")) {
            return Optional.empty();
        }
        return jdbc.query("SELECT * FROM vote_minutes WHERE business_key = ?", (rs, i) -> new Meeting(
                rs.getDate("meeting_date").toLocalDate(), rs.getString("place"), rs.getInt("members_present")),
                businessKey).stream().findFirst();
    }

    /** Units that cast a ballot in the first round (who voted, never how). */
    Optional<Integer> ballotsCast(String businessKey) {
        if (!has("vote_participation")) {
            return Optional.empty();
        }
        Integer count = jdbc.queryForObject(
                "SELECT COUNT(*) FROM vote_participation WHERE business_key = ? AND round_no = 1", Integer.class,
                businessKey);
        return count == null || count == 0 ? Optional.empty() : Optional.of(count);
    }

    /** Per unit, per field: the year-end result of the unit's latest report. */
    Map<String, Map<Integer, BigDecimal>> yearEndResults(String businessKey) {
        return latestItems("result_report", "result_report_item", "result", businessKey);
    }

    /** Per unit, per field: the mid-year progress (percent) of the unit's latest report. */
    Map<String, Map<Integer, BigDecimal>> midYearProgress(String businessKey) {
        return latestItems("progress_report", "progress_report_item", "progress", businessKey);
    }

    /** Per unit: the achievements summary of its latest year-end report. */
    Map<String, String> achievements(String businessKey) {
        Map<String, String> result = new LinkedHashMap<>();
        if (!has("result_report")) {
            return result;
        }
        jdbc.query(latest("result_report") + " ORDER BY r.province_code",
                (ResultSet rs) -> {
                    result.put(rs.getString("province_code"), rs.getString("achievements"));
                }, businessKey);
        return result;
    }

    Optional<Decision> decision(String businessKey) {
        return jdbc.query("SELECT * FROM award_decision WHERE business_key = ?", (rs, i) -> new Decision(
                rs.getString("decision_number"), rs.getDate("decision_date").toLocalDate(), rs.getString("signed_by"),
                rs.getString("next_head"), rs.getString("next_deputy")), businessKey).stream().findFirst();
    }

    /** The council's count per nominee, approved first. */
    List<Approval> councilTally(String businessKey) {
        return jdbc.query("""
                SELECT * FROM council_tally WHERE business_key = ?
                ORDER BY approved DESC, CASE title WHEN 'FLAG' THEN 0 ELSE 1 END, approvals DESC, province_code""",
                (rs, i) -> new Approval(rs.getString("province_code"), Title.valueOf(rs.getString("title")),
                        rs.getInt("approvals"), rs.getInt("base"), rs.getBoolean("approved")), businessKey);
    }

    private Map<String, Map<Integer, BigDecimal>> latestItems(String reports, String items, String column,
            String businessKey) {
        Map<String, Map<Integer, BigDecimal>> result = new LinkedHashMap<>();
        if (!has(reports) || !has(items)) {
            return result;
        }
        jdbc.query("SELECT r.province_code, i.field_no, i." + column + " AS v FROM (" + latest(reports) + ") r JOIN "
                + items + " i ON i.report_id = r.id ORDER BY r.province_code, i.field_no", (ResultSet rs) -> {
                    result.computeIfAbsent(rs.getString("province_code"), k -> new LinkedHashMap<>())
                            .put(rs.getInt("field_no"), rs.getBigDecimal("v"));
                }, businessKey);
        return result;
    }

    private static String latest(String table) {
        return "SELECT r.* FROM " + table + " r WHERE r.business_key = ? AND r.version = (SELECT MAX(v.version) FROM "
                + table + " v WHERE v.business_key = r.business_key AND v.province_code = r.province_code)";
    }

    private boolean has(String table) {
        Set<String> known = tables;
        if (known == null) {
            known = jdbc.execute((ConnectionCallback<Set<String>>) connection -> {
                Set<String> names = new HashSet<>();
                DatabaseMetaData meta = connection.getMetaData();
                try (ResultSet rs = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
                    while (rs.next()) {
                        names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                    }
                }
                return names;
            });
            tables = known;
        }
        return known.contains(table);
    }
}
