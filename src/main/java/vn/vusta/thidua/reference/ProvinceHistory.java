package vn.vusta.thidua.reference;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The provinces as they were on a date: which units existed (63 until 30 June 2025, 34 from 1 July 2025), the name
 * of the time (a rename keeps the code), and the successor of a province merged into another.
 */
@Repository
public class ProvinceHistory {

    private static final RowMapper<ProvinceRename> RENAME = (rs, i) -> new ProvinceRename(rs.getString("province_code"),
            rs.getDate("effective").toLocalDate(), rs.getString("name"), rs.getString("source"));

    private final JdbcTemplate jdbc;
    private final ReferenceData reference;

    ProvinceHistory(JdbcTemplate jdbc, ReferenceData reference) {
        this.jdbc = jdbc;
        this.reference = reference;
    }

    /** The succession that dissolved the province on or before the day, if any (a successor keeps existing). */
    public Optional<ProvinceSuccession> absorbedOn(String code, LocalDate day) {
        return reference.succession(code).filter(s -> s.isAbsorbed() && !s.effective().isAfter(day));
    }

    public boolean existsOn(String code, LocalDate day) {
        return absorbedOn(code, day).isEmpty();
    }

    /** The units that exist on the day, in the statistical office's order. */
    public List<Province> unitsOn(LocalDate day) {
        List<String> absorbed = jdbc.queryForList("""
                SELECT merged_code FROM province_succession WHERE successor_code <> merged_code AND effective <= ?""",
                String.class, Date.valueOf(day));
        return reference.provinces().stream().filter(p -> !absorbed.contains(p.code())).toList();
    }

    /** The province's name on the day: its latest rename in force, else its name in the province list. */
    public String nameOn(String code, LocalDate day) {
        return renamesOf(code).stream().filter(r -> !r.effective().isAfter(day))
                .max(Comparator.comparing(ProvinceRename::effective)).map(ProvinceRename::name)
                .orElseGet(() -> reference.province(code).map(Province::name).orElse(code));
    }

    public List<ProvinceRename> renamesOf(String code) {
        return jdbc.query("SELECT * FROM province_rename WHERE province_code = ? ORDER BY effective", RENAME, code);
    }

    public List<ProvinceRename> renames() {
        return jdbc.query("SELECT * FROM province_rename ORDER BY province_code, effective", RENAME);
    }

    boolean saveRename(ProvinceRename r) {
        Optional<ProvinceRename> existing = renamesOf(r.provinceCode()).stream()
                .filter(e -> e.effective().equals(r.effective())).findFirst();
        if (existing.filter(r::equals).isPresent()) {
            return false;
        }
        if (existing.isPresent()) {
            jdbc.update("UPDATE province_rename SET name = ?, source = ? WHERE province_code = ? AND effective = ?",
                    r.name(), r.source(), r.provinceCode(), Date.valueOf(r.effective()));
        } else {
            jdbc.update("INSERT INTO province_rename (province_code, effective, name, source) VALUES (?, ?, ?, ?)",
                    r.provinceCode(), Date.valueOf(r.effective()), r.name(), r.source());
        }
        return true;
    }
}
