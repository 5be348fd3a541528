package vn.vusta.thidua.reference;

import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.vusta.thidua.system.AuditTrail;

/**
 * An administrator defines clusters from a date (e.g. next year's, re-formed after the 2025 merger) in one file
 * ({@code cluster,name,province_code[,source]}): each listed unit belongs to its cluster from that date; a cluster
 * of the file keeps only the units listed for it, a unit listed in another cluster leaves its old one, both the day
 * before; clusters not in the file are left as they are. Checked whole, with line numbers: a
 * unit in two clusters, a unit that no longer exists on the date (merged away), an unknown province or a cluster with
 * two names rejects the file. Current units left out of every cluster are warned about. Opened cycles whose members now
 * differ are listed with the request that re-synchronises them ({@link MembershipImpact}); none is changed here.
 */
@Service
public class ClusterReformation {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** What a re-formation did and what it leaves to the administrator. */
    public record Summary(LocalDate from, Map<Integer, List<String>> clusters, List<String> ended, List<String> started,
            List<String> warnings, List<AffectedCycle> affectedCycles) {
    }

    private record Row(EmulationCluster cluster, String province, String source) {
    }

    private final ReferenceData repository;
    private final ProvinceHistory history;
    private final List<MembershipImpact> impacts;
    private final TransactionTemplate transaction;
    private final AuditTrail audit;

    ClusterReformation(ReferenceData repository, ProvinceHistory history, List<MembershipImpact> impacts,
            TransactionTemplate transaction, AuditTrail audit) {
        this.repository = repository;
        this.history = history;
        this.impacts = impacts;
        this.transaction = transaction;
        this.audit = audit;
    }

    public Summary reform(LocalDate from, Reader csv, String actor) {
        List<Row> rows = read(from, CsvTable.read(csv));
        Map<String, Row> byProvince = new LinkedHashMap<>();
        rows.forEach(r -> byProvince.put(r.province(), r));
        List<CsvProblem> later = repository.memberships().stream().filter(m -> m.validFrom().isAfter(from))
                .map(m -> new CsvProblem(0, "'" + m.provinceCode() + "' đã có dữ liệu cụm " + m.cluster() + " từ ngày "
                        + DAY.format(m.validFrom()) + ", sau ngày tổ chức lại " + DAY.format(from)
                        + ": tổ chức lại từ ngày muộn nhất hoặc sửa dữ liệu đó trước")).toList();
        if (!later.isEmpty()) {
            throw new CsvImportException(later);
        }
        List<String> ended = new ArrayList<>();
        List<String> started = new ArrayList<>();
        transaction.executeWithoutResult(status -> {
            Set<Integer> defined = new HashSet<>();
            rows.forEach(r -> defined.add(r.cluster().number()));
            for (ClusterMembership open : repository.memberships()) {
                if (!open.isValidOn(from)) {
                    continue;
                }
                Row listed = byProvince.get(open.provinceCode());
                boolean stays = listed != null && listed.cluster().number() == open.cluster();
                // a cluster of the file keeps only the units listed for it; another cluster loses only units listed elsewhere
                boolean leaves = !stays && (defined.contains(open.cluster()) || listed != null);
                if (stays && !open.validFrom().equals(from)) {
                    byProvince.remove(open.provinceCode());
                } else if (leaves && open.validFrom().equals(from)) {
                    repository.deleteMembership(open); // the same date defined again: the file replaces it
                    ended.add(open.provinceCode() + " rời cụm " + open.cluster());
                } else if (leaves) {
                    repository.saveMembership(new ClusterMembership(open.cluster(), open.provinceCode(),
                            open.validFrom(), from.minusDays(1), open.source()));
                    ended.add(open.provinceCode() + " rời cụm " + open.cluster());
                }
            }
            for (Row row : byProvince.values()) {
                repository.saveCluster(row.cluster());
                if (repository.saveMembership(new ClusterMembership(row.cluster().number(), row.province(), from, null,
                        row.source()))) {
                    started.add(row.province() + " vào cụm " + row.cluster().number());
                }
            }
            if (!ended.isEmpty() || !started.isEmpty()) {
                audit.record(actor, "REFORM_CLUSTERS", "reference/clusters", "từ " + from + ": " + rows.size()
                        + " đơn vị; rời cụm " + ended + "; vào cụm " + started);
            }
        });
        Map<Integer, List<String>> clusters = new TreeMap<>();
        rows.forEach(r -> clusters.computeIfAbsent(r.cluster().number(), k -> new ArrayList<>()).add(r.province()));
        List<AffectedCycle> affected = new ArrayList<>();
        impacts.forEach(i -> affected.addAll(i.affectedFrom(from)));
        return new Summary(from, clusters, ended, started, leftOut(from, rows), affected);
    }

    private List<Row> read(LocalDate from, CsvTable table) {
        List<CsvProblem> problems = new ArrayList<>();
        for (String column : List.of("cluster", "name", "province_code")) {
            if (!table.header().contains(column)) {
                problems.add(new CsvProblem(1, "thiếu cột bắt buộc '" + column + "' (cần: cluster, name, province_code)"));
            }
        }
        table.header().stream().filter(c -> !List.of("cluster", "name", "province_code", "source").contains(c))
                .forEach(c -> problems.add(new CsvProblem(1, "cột không được hỗ trợ '" + c + "'")));
        if (!problems.isEmpty()) {
            throw new CsvImportException(problems);
        }
        Set<String> known = new HashSet<>();
        repository.provinces().forEach(p -> known.add(p.code()));
        RowReader cells = new RowReader(problems, known);
        Map<Integer, String> names = new HashMap<>();
        Map<String, CsvTable.Row> lineOf = new HashMap<>();
        Map<String, Integer> clusterOf = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            Integer cluster = cells.integer(row, "cluster", 1, 99);
            String name = cells.text(row, "name", 200);
            String province = cells.province(row, "province_code", true);
            String source = cells.optionalText(row, "source", 500);
            if (cluster == null || name == null || province == null) {
                continue;
            }
            String earlierName = names.putIfAbsent(cluster, name);
            if (earlierName != null && !earlierName.equals(name)) {
                cells.problem(row, "cụm " + cluster + " có hai tên khác nhau: '" + earlierName + "' và '" + name + "'");
            }
            CsvTable.Row earlier = lineOf.putIfAbsent(province, row);
            if (earlier != null) {
                cells.problem(row, "'" + province + "' đã có ở cụm " + clusterOf.get(province) + " (dòng " + earlier.line()
                        + "): một đơn vị chỉ thuộc một cụm trong cùng một ngày");
                continue;
            }
            clusterOf.put(province, cluster);
            Optional<ProvinceSuccession> merged = history.absorbedOn(province, from);
            if (merged.isPresent()) {
                cells.problem(row, "'" + province + "' đã sáp nhập vào '" + merged.get().successorCode() + "' từ ngày "
                        + DAY.format(merged.get().effective()) + ": không còn là đơn vị ngày " + DAY.format(from));
                continue;
            }
            rows.add(new Row(new EmulationCluster(cluster, name), province, source));
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new CsvProblem(1, "tệp không có đơn vị nào"));
        }
        if (!problems.isEmpty()) {
            throw new CsvImportException(problems);
        }
        return rows;
    }

    private List<String> leftOut(LocalDate from, List<Row> rows) {
        Set<String> listed = new HashSet<>();
        rows.forEach(r -> listed.add(r.province()));
        List<String> missing = history.unitsOn(from).stream().filter(p -> !listed.contains(p.code()))
                .map(p -> history.nameOn(p.code(), from)).toList();
        return missing.isEmpty() ? List.of() : List.of(missing.size() + " đơn vị hiện nay chưa thuộc cụm nào từ ngày "
                + DAY.format(from) + ": " + String.join(", ", missing));
    }
}
