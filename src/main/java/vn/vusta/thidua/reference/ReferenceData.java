package vn.vusta.thidua.reference;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Reads and writes the reference tables. Writes are upserts so that loading twice changes nothing. */
@Repository
public class ReferenceData {

    private static final RowMapper<Province> PROVINCE =
            (rs, i) -> new Province(rs.getString("code"), rs.getString("gso_code"), rs.getString("name"));
    private static final RowMapper<ClusterMembership> MEMBERSHIP = (rs, i) -> new ClusterMembership(
            rs.getInt("cluster_no"), rs.getString("province_code"), rs.getDate("valid_from").toLocalDate(),
            rs.getDate("valid_to") == null ? null : rs.getDate("valid_to").toLocalDate(), rs.getString("source"));
    private static final RowMapper<ClusterLeadership> LEADERSHIP = (rs, i) -> new ClusterLeadership(
            rs.getInt("cluster_no"), rs.getInt("year_no"), rs.getString("head_code"), rs.getString("deputy_code"),
            rs.getString("source"));
    private static final RowMapper<ProvinceSuccession> SUCCESSION = (rs, i) -> new ProvinceSuccession(
            rs.getString("merged_code"), rs.getString("successor_code"), rs.getDate("effective").toLocalDate());

    private static final long PROVINCE_SNAPSHOT_NANOS = TimeUnit.SECONDS.toNanos(30);

    private record ProvinceSnapshot(Map<String, Province> byCode, long loadedAt) {
    }

    private final JdbcTemplate jdbc;
    private volatile ProvinceSnapshot provinceSnapshot;

    ReferenceData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Province> provinces() {
        return jdbc.query("SELECT * FROM province ORDER BY gso_code", PROVINCE);
    }

    /**
     * A province by code, from a snapshot of the province table: forms, task names and documents ask for the same
     * 63 names hundreds of times a cycle. This node's imports refresh the snapshot at once; another node's within
     * {@link #PROVINCE_SNAPSHOT_NANOS}.
     */
    public Optional<Province> province(String code) {
        ProvinceSnapshot snapshot = provinceSnapshot;
        if (snapshot == null || System.nanoTime() - snapshot.loadedAt() > PROVINCE_SNAPSHOT_NANOS) {
            Map<String, Province> byCode = new HashMap<>();
            provinces().forEach(p -> byCode.put(p.code(), p));
            snapshot = new ProvinceSnapshot(Map.copyOf(byCode), System.nanoTime());
            provinceSnapshot = snapshot;
        }
        return Optional.ofNullable(snapshot.byCode().get(code));
    }

    /** Now and again when the writing transaction ends, so no other thread keeps what it read in between. */
    private void forgetProvinces() {
        provinceSnapshot = null;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    provinceSnapshot = null;
                }
            });
        }
    }

    private Optional<Province> storedProvince(String code) {
        return jdbc.query("SELECT * FROM province WHERE code = ?", PROVINCE, code).stream().findFirst();
    }

    public List<EmulationCluster> clusters() {
        return jdbc.query("SELECT * FROM emulation_cluster ORDER BY cluster_no",
                (rs, i) -> new EmulationCluster(rs.getInt("cluster_no"), rs.getString("name")));
    }

    public Optional<EmulationCluster> cluster(int number) {
        return clusters().stream().filter(c -> c.number() == number).findFirst();
    }

    public List<ClusterMembership> memberships() {
        return jdbc.query("SELECT * FROM cluster_membership ORDER BY cluster_no, province_code, valid_from", MEMBERSHIP);
    }

    public List<ClusterMembership> membershipsOf(String provinceCode) {
        return jdbc.query("SELECT * FROM cluster_membership WHERE province_code = ? ORDER BY valid_from",
                MEMBERSHIP, provinceCode);
    }

    /**
     * Province codes of the cluster's members on a day, in the statistical office's order. A province merged
     * into another is no longer a member from the merger's effective date; its successor carries on.
     */
    public List<String> membersOn(int cluster, LocalDate day) {
        return jdbc.queryForList("""
                SELECT m.province_code FROM cluster_membership m JOIN province p ON p.code = m.province_code
                WHERE m.cluster_no = ? AND m.valid_from <= ? AND (m.valid_to IS NULL OR m.valid_to >= ?)
                  AND NOT EXISTS (SELECT 1 FROM province_succession s WHERE s.merged_code = m.province_code
                                  AND s.successor_code <> s.merged_code AND s.effective <= ?)
                ORDER BY p.gso_code""", String.class, cluster, Date.valueOf(day), Date.valueOf(day), Date.valueOf(day));
    }

    /** Numbers of the clusters that have at least one member on a day. */
    public List<Integer> clustersWithMembersOn(LocalDate day) {
        return clusters().stream().map(EmulationCluster::number).filter(n -> !membersOn(n, day).isEmpty()).toList();
    }

    public Optional<Integer> clusterOf(String provinceCode, LocalDate day) {
        return clusters().stream().map(EmulationCluster::number)
                .filter(n -> membersOn(n, day).contains(provinceCode)).findFirst();
    }

    public Optional<ClusterLeadership> leadership(int cluster, int year) {
        return jdbc.query("SELECT * FROM cluster_leadership WHERE cluster_no = ? AND year_no = ?",
                LEADERSHIP, cluster, year).stream().findFirst();
    }

    public List<ClusterLeadership> leaderships() {
        return jdbc.query("SELECT * FROM cluster_leadership ORDER BY cluster_no, year_no", LEADERSHIP);
    }

    public Optional<ProvinceSuccession> succession(String mergedCode) {
        return jdbc.query("SELECT * FROM province_succession WHERE merged_code = ?", SUCCESSION, mergedCode)
                .stream().findFirst();
    }

    public List<ProvinceSuccession> successions() {
        return jdbc.query("SELECT * FROM province_succession ORDER BY merged_code", SUCCESSION);
    }

    boolean saveProvince(Province p) {
        if (storedProvince(p.code()).filter(p::equals).isPresent()) {
            return false;
        }
        forgetProvinces();
        if (jdbc.update("UPDATE province SET gso_code = ?, name = ? WHERE code = ?", p.gsoCode(), p.name(), p.code()) == 0) {
            jdbc.update("INSERT INTO province (code, gso_code, name) VALUES (?, ?, ?)", p.code(), p.gsoCode(), p.name());
        }
        return true;
    }

    boolean saveCluster(EmulationCluster c) {
        if (cluster(c.number()).filter(c::equals).isPresent()) {
            return false;
        }
        if (jdbc.update("UPDATE emulation_cluster SET name = ? WHERE cluster_no = ?", c.name(), c.number()) == 0) {
            jdbc.update("INSERT INTO emulation_cluster (cluster_no, name) VALUES (?, ?)", c.number(), c.name());
        }
        return true;
    }

    boolean saveMembership(ClusterMembership m) {
        Optional<ClusterMembership> existing = membershipsOf(m.provinceCode()).stream()
                .filter(e -> e.cluster() == m.cluster() && e.validFrom().equals(m.validFrom())).findFirst();
        if (existing.filter(m::equals).isPresent()) {
            return false;
        }
        if (existing.isPresent()) {
            jdbc.update("UPDATE cluster_membership SET valid_to = ?, source = ? "
                    + "WHERE cluster_no = ? AND province_code = ? AND valid_from = ?",
                    date(m.validTo()), m.source(), m.cluster(), m.provinceCode(), Date.valueOf(m.validFrom()));
        } else {
            jdbc.update("INSERT INTO cluster_membership (cluster_no, province_code, valid_from, valid_to, source) "
                    + "VALUES (?, ?, ?, ?, ?)", m.cluster(), m.provinceCode(), Date.valueOf(m.validFrom()),
                    date(m.validTo()), m.source());
        }
        return true;
    }

    /** A membership replaced by a re-formation defined again for the same date (ClusterReformation). */
    void deleteMembership(ClusterMembership m) {
        jdbc.update("DELETE FROM cluster_membership WHERE cluster_no = ? AND province_code = ? AND valid_from = ?",
                m.cluster(), m.provinceCode(), Date.valueOf(m.validFrom()));
    }

    public boolean saveLeadership(ClusterLeadership l) {
        Optional<ClusterLeadership> existing = leadership(l.cluster(), l.year());
        if (existing.filter(l::equals).isPresent()) {
            return false;
        }
        if (existing.isPresent()) {
            jdbc.update("UPDATE cluster_leadership SET head_code = ?, deputy_code = ?, source = ? "
                    + "WHERE cluster_no = ? AND year_no = ?", l.headCode(), l.deputyCode(), l.source(), l.cluster(), l.year());
        } else {
            jdbc.update("INSERT INTO cluster_leadership (cluster_no, year_no, head_code, deputy_code, source) "
                    + "VALUES (?, ?, ?, ?, ?)", l.cluster(), l.year(), l.headCode(), l.deputyCode(), l.source());
        }
        return true;
    }

    boolean saveSuccession(ProvinceSuccession s) {
        Optional<ProvinceSuccession> existing = succession(s.mergedCode());
        if (existing.filter(s::equals).isPresent()) {
            return false;
        }
        if (existing.isPresent()) {
            jdbc.update("UPDATE province_succession SET successor_code = ?, effective = ? WHERE merged_code = ?",
                    s.successorCode(), Date.valueOf(s.effective()), s.mergedCode());
        } else {
            jdbc.update("INSERT INTO province_succession (merged_code, successor_code, effective) VALUES (?, ?, ?)",
                    s.mergedCode(), s.successorCode(), Date.valueOf(s.effective()));
        }
        return true;
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}
