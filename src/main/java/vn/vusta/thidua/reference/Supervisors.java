package vn.vusta.thidua.reference;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** Who supervises which cluster in which year (reference data, imported like the rest). */
@Repository
public class Supervisors {

    private static final RowMapper<ClusterSupervisor> SUPERVISOR = (rs, i) -> new ClusterSupervisor(
            rs.getInt("cluster_no"), rs.getString("user_id"), rs.getInt("from_year"),
            rs.getObject("to_year") == null ? null : rs.getInt("to_year"), rs.getString("name"), rs.getString("source"));

    private final JdbcTemplate jdbc;

    Supervisors(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean supervises(String userId, int cluster, int year) {
        return ofUser(userId).stream().anyMatch(s -> s.supervises(cluster, year));
    }

    public List<ClusterSupervisor> all() {
        return jdbc.query("SELECT * FROM cluster_supervisor ORDER BY cluster_no, from_year, user_id", SUPERVISOR);
    }

    public List<ClusterSupervisor> ofUser(String userId) {
        return jdbc.query("SELECT * FROM cluster_supervisor WHERE user_id = ? ORDER BY cluster_no, from_year",
                SUPERVISOR, userId);
    }

    public List<ClusterSupervisor> of(int cluster, int year) {
        return jdbc.query("SELECT * FROM cluster_supervisor WHERE cluster_no = ? ORDER BY from_year, user_id",
                SUPERVISOR, cluster).stream().filter(s -> s.supervises(cluster, year)).toList();
    }

    boolean save(ClusterSupervisor s) {
        Optional<ClusterSupervisor> existing = ofUser(s.userId()).stream()
                .filter(e -> e.cluster() == s.cluster() && e.fromYear() == s.fromYear()).findFirst();
        if (existing.filter(s::equals).isPresent()) {
            return false;
        }
        if (existing.isPresent()) {
            jdbc.update("UPDATE cluster_supervisor SET to_year = ?, name = ?, source = ? "
                    + "WHERE cluster_no = ? AND user_id = ? AND from_year = ?",
                    s.toYear(), s.name(), s.source(), s.cluster(), s.userId(), s.fromYear());
        } else {
            jdbc.update("INSERT INTO cluster_supervisor (cluster_no, user_id, from_year, to_year, name, source) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", s.cluster(), s.userId(), s.fromYear(), s.toYear(), s.name(), s.source());
        }
        return true;
    }
}
