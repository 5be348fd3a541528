package vn.vusta.thidua.reference;

import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.vusta.thidua.system.AuditTrail;

/**
 * Imports reference CSV files all or nothing: every line is checked first, and a file with any bad line is
 * rejected whole with each line number and reason; a good file is written in one transaction.
 */
@Service
public class ReferenceImporter {

    private final ReferenceData repository;
    private final TransactionTemplate transaction;
    private final AuditTrail audit;
    private final ProvinceHistory history;
    private final Supervisors supervisors;
    private final List<MembershipImpact> impacts;

    ReferenceImporter(ReferenceData repository, TransactionTemplate transaction, AuditTrail audit,
            ProvinceHistory history, Supervisors supervisors, List<MembershipImpact> impacts) {
        this.repository = repository;
        this.impacts = impacts;
        this.history = history;
        this.supervisors = supervisors;
        this.transaction = transaction;
        this.audit = audit;
    }

    public ImportSummary importCsv(ReferenceKind kind, Reader csv, String actor) {
        return importCsv(kind, CsvTable.read(csv), actor);
    }

    /**
     * The bundled files at every start: only rows whose record does not exist yet, so that what administrators have
     * changed since (a re-formed cluster's ended memberships, a corrected head) is never undone by a restart.
     */
    public ImportSummary importMissing(ReferenceKind kind, Reader csv, String actor) {
        CsvTable table = CsvTable.read(csv);
        return importCsv(kind, new CsvTable(table.header(), table.rows().stream().filter(row -> !stored(kind, row))
                .toList()), actor);
    }

    private boolean stored(ReferenceKind kind, CsvTable.Row row) {
        try {
            return switch (kind) {
                case PROVINCES -> row.get("code").flatMap(repository::province).isPresent();
                case CLUSTERS -> repository.membershipsOf(row.get("province_code").orElse("")).stream().anyMatch(m ->
                        String.valueOf(m.cluster()).equals(row.get("cluster").orElse(""))
                                && m.validFrom().toString().equals(row.get("valid_from").orElse("")));
                case HEADS -> repository.leadership(Integer.parseInt(row.get("cluster").orElse("")),
                        Integer.parseInt(row.get("year").orElse(""))).isPresent();
                case MERGERS -> row.get("merged_province_code").flatMap(repository::succession).isPresent();
                case RENAMES -> history.renamesOf(row.get("province_code").orElse("")).stream()
                        .anyMatch(r -> r.effective().toString().equals(row.get("effective").orElse("")));
                case SUPERVISORS -> supervisors.ofUser(row.get("user_id").orElse("")).stream().anyMatch(s ->
                        String.valueOf(s.cluster()).equals(row.get("cluster").orElse(""))
                                && String.valueOf(s.fromYear()).equals(row.get("from_year").orElse("")));
            };
        } catch (NumberFormatException unreadable) {
            return false; // the import reports it with its line number
        }
    }

    private ImportSummary importCsv(ReferenceKind kind, CsvTable table, String actor) {
        List<CsvProblem> problems = new ArrayList<>();
        checkHeader(kind, table, problems);
        if (!problems.isEmpty()) {
            throw new CsvImportException(problems);
        }
        RowReader rows = new RowReader(problems, knownProvinces(kind, table));
        List<Function<Void, Boolean>> changes = new ArrayList<>();
        switch (kind) {
            case PROVINCES -> provinces(table, rows).forEach(p -> changes.add(v -> repository.saveProvince(p)));
            case CLUSTERS -> memberships(table, rows).forEach(m -> {
                changes.add(v -> repository.saveCluster(m.cluster()));
                changes.add(v -> repository.saveMembership(m.membership()));
            });
            case HEADS -> leaderships(table, rows).forEach(l -> changes.add(v -> repository.saveLeadership(l)));
            case MERGERS -> successions(table, rows).forEach(s -> changes.add(v -> repository.saveSuccession(s)));
            case RENAMES -> DatedReferenceRows.renames(table, rows).forEach(r -> changes.add(v -> history.saveRename(r)));
            case SUPERVISORS -> DatedReferenceRows.supervisors(table, rows, repository)
                    .forEach(s -> changes.add(v -> supervisors.save(s)));
        }
        if (!problems.isEmpty()) {
            throw new CsvImportException(problems);
        }
        int changed = transaction.execute(status -> {
            int n = 0;
            for (Function<Void, Boolean> change : changes) {
                n += change.apply(null) ? 1 : 0;
            }
            if (n > 0) {
                audit.record(actor, "IMPORT_" + kind, "reference/" + kind.name().toLowerCase(),
                        table.rows().size() + " dòng, " + n + " thay đổi");
            }
            return n;
        });
        if (kind != ReferenceKind.CLUSTERS) {
            return new ImportSummary(kind, table.rows().size(), changed);
        }
        List<LocalDate> dates = table.rows().stream().map(r -> r.get("valid_from").map(LocalDate::parse).orElseThrow())
                .distinct().sorted().toList();
        List<AffectedCycle> affected = new ArrayList<>();
        if (!dates.isEmpty()) {
            impacts.forEach(i -> affected.addAll(i.affectedFrom(dates.get(0))));
        }
        return new ImportSummary(kind, table.rows().size(), changed, leftOut(dates), affected);
    }

    /** For each date the file starts memberships on: the units that exist that day and belong to no cluster. */
    private List<String> leftOut(List<LocalDate> dates) {
        List<String> warnings = new ArrayList<>();
        for (LocalDate day : dates) {
            Set<String> inClusters = new HashSet<>();
            repository.clusters().forEach(c -> inClusters.addAll(repository.membersOn(c.number(), day)));
            List<String> missing = history.unitsOn(day).stream().filter(p -> !inClusters.contains(p.code()))
                    .map(p -> history.nameOn(p.code(), day)).toList();
            if (!missing.isEmpty()) {
                warnings.add(missing.size() + " đơn vị chưa thuộc cụm nào ngày " + day + ": " + String.join(", ", missing));
            }
        }
        return warnings;
    }

    private static void checkHeader(ReferenceKind kind, CsvTable table, List<CsvProblem> problems) {
        for (String column : kind.required()) {
            if (!table.header().contains(column)) {
                problems.add(new CsvProblem(1, "thiếu cột bắt buộc '" + column + "' (cần: " + kind.required() + ")"));
            }
        }
        for (String column : table.header()) {
            if (!kind.knows(column)) {
                problems.add(new CsvProblem(1, "cột không được hỗ trợ '" + column + "'"));
            }
        }
    }

    private Set<String> knownProvinces(ReferenceKind kind, CsvTable table) {
        Set<String> known = new HashSet<>();
        repository.provinces().forEach(p -> known.add(p.code()));
        if (kind == ReferenceKind.PROVINCES) {
            table.rows().forEach(r -> r.get("code").ifPresent(known::add));
        }
        return known;
    }

    private List<Province> provinces(CsvTable table, RowReader rows) {
        List<Province> result = new ArrayList<>();
        Map<String, Integer> seenGso = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String code = rows.code(row, "code");
            String gso = rows.matching(row, "gso_code", "\\d{2,3}", "mã thống kê phải là 2–3 chữ số");
            String name = rows.text(row, "name", 100);
            if (gso != null && seenGso.putIfAbsent(gso, row.line()) != null) {
                rows.problem(row, "mã thống kê '" + gso + "' trùng với dòng " + seenGso.get(gso));
            }
            result.add(new Province(code, gso, name));
        }
        return result;
    }

    record ClusterRow(EmulationCluster cluster, ClusterMembership membership) {
    }

    private List<ClusterRow> memberships(CsvTable table, RowReader rows) {
        List<ClusterRow> result = new ArrayList<>();
        Map<String, List<ClusterMembership>> byProvince = new HashMap<>();
        for (ClusterMembership existing : repository.memberships()) {
            byProvince.computeIfAbsent(existing.provinceCode(), k -> new ArrayList<>()).add(existing);
        }
        Map<Integer, String> names = new HashMap<>();
        Map<String, Integer> fileKeys = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            Integer cluster = rows.integer(row, "cluster", 1, 99);
            String name = rows.text(row, "name", 200);
            String province = rows.province(row, "province_code", true);
            LocalDate from = rows.date(row, "valid_from", true);
            LocalDate to = rows.date(row, "valid_to", false);
            String source = rows.optionalText(row, "source", 500);
            if (cluster == null || name == null || province == null || from == null) {
                continue;
            }
            if (to != null && to.isBefore(from)) {
                rows.problem(row, "valid_to (" + to + ") trước valid_from (" + from + ")");
                continue;
            }
            String earlierName = names.putIfAbsent(cluster, name);
            if (earlierName != null && !earlierName.equals(name)) {
                rows.problem(row, "cụm " + cluster + " có hai tên khác nhau: '" + earlierName + "' và '" + name + "'");
            }
            Integer sameKey = fileKeys.putIfAbsent(cluster + "/" + province + "/" + from, row.line());
            if (sameKey != null) {
                rows.problem(row, "trùng với dòng " + sameKey);
                continue;
            }
            Optional<ProvinceSuccession> merged = history.absorbedOn(province, from);
            if (merged.isPresent()) {
                rows.problem(row, "'" + province + "' đã sáp nhập vào '" + merged.get().successorCode() + "' từ "
                        + merged.get().effective() + ": không còn là đơn vị ngày " + from);
                continue;
            }
            ClusterMembership membership = new ClusterMembership(cluster, province, from, to, source);
            List<ClusterMembership> others = byProvince.computeIfAbsent(province, k -> new ArrayList<>());
            // the file's row replaces the stored membership with the same cluster, province and start
            others.removeIf(o -> o.cluster() == cluster && o.validFrom().equals(from));
            for (ClusterMembership other : others) {
                if (overlaps(other, membership)) {
                    rows.problem(row, "tỉnh '" + province + "' đã thuộc cụm " + other.cluster() + " từ " + other.validFrom()
                            + (other.validTo() == null ? "" : " đến " + other.validTo()) + ", trùng thời gian");
                }
            }
            others.add(membership);
            result.add(new ClusterRow(new EmulationCluster(cluster, name), membership));
        }
        return result;
    }

    private static boolean overlaps(ClusterMembership a, ClusterMembership b) {
        LocalDate far = LocalDate.MAX;
        return !a.validFrom().isAfter(b.validTo() == null ? far : b.validTo())
                && !b.validFrom().isAfter(a.validTo() == null ? far : a.validTo());
    }

    private List<ClusterLeadership> leaderships(CsvTable table, RowReader rows) {
        List<ClusterLeadership> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvTable.Row row : table.rows()) {
            Integer cluster = rows.integer(row, "cluster", 1, 99);
            Integer year = rows.integer(row, "year", 2000, 2199);
            String head = rows.province(row, "head", true);
            String deputy = rows.province(row, "deputy", false);
            String source = rows.optionalText(row, "source", 500);
            if (cluster == null || year == null || head == null) {
                continue;
            }
            if (repository.cluster(cluster).isEmpty()) {
                rows.problem(row, "cụm " + cluster + " chưa có trong dữ liệu (nhập danh sách cụm trước)");
                continue;
            }
            if (head.equals(deputy)) {
                rows.problem(row, "cụm trưởng và cụm phó không được là cùng một đơn vị");
            }
            if (!seen.add(cluster + "/" + year)) {
                rows.problem(row, "cụm " + cluster + " năm " + year + " xuất hiện hai lần");
            }
            List<String> members = repository.membersOn(cluster, LocalDate.of(year, 1, 1));
            for (String unit : deputy == null ? List.of(head) : List.of(head, deputy)) {
                if (!members.isEmpty() && !members.contains(unit)) {
                    rows.problem(row, "'" + unit + "' không phải thành viên cụm " + cluster + " năm " + year);
                }
            }
            result.add(new ClusterLeadership(cluster, year, head, deputy, source));
        }
        return result;
    }

    private List<ProvinceSuccession> successions(CsvTable table, RowReader rows) {
        List<ProvinceSuccession> result = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String successor = rows.province(row, "successor_code", true);
            String merged = rows.province(row, "merged_province_code", true);
            LocalDate effective = rows.date(row, "effective", true);
            if (successor == null || merged == null || effective == null) {
                continue;
            }
            if (seen.putIfAbsent(merged, row.line()) != null) {
                rows.problem(row, "tỉnh '" + merged + "' đã được sáp nhập ở dòng " + seen.get(merged));
            }
            result.add(new ProvinceSuccession(merged, successor, effective));
        }
        return result;
    }
}
