package vn.vusta.thidua.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the rows of the dated kinds that name no cluster membership: province renames and cluster supervisors. */
final class DatedReferenceRows {

    private DatedReferenceRows() {
    }

    static List<ProvinceRename> renames(CsvTable table, RowReader rows) {
        List<ProvinceRename> result = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String province = rows.province(row, "province_code", true);
            String name = rows.text(row, "name", 100);
            LocalDate effective = rows.date(row, "effective", true);
            String source = rows.optionalText(row, "source", 500);
            if (province == null || name == null || effective == null) {
                continue;
            }
            Integer earlier = seen.putIfAbsent(province + "/" + effective, row.line());
            if (earlier != null) {
                rows.problem(row, "tỉnh '" + province + "' đổi tên ngày " + effective + " đã có ở dòng " + earlier);
                continue;
            }
            result.add(new ProvinceRename(province, effective, name, source));
        }
        return result;
    }

    static List<ClusterSupervisor> supervisors(CsvTable table, RowReader rows, ReferenceData repository) {
        List<ClusterSupervisor> result = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            Integer cluster = rows.integer(row, "cluster", 1, 99);
            String user = rows.code(row, "user_id");
            Integer from = rows.integer(row, "from_year", 2000, 2199);
            Integer to = row.get("to_year").isPresent() ? rows.integer(row, "to_year", 2000, 2199) : null;
            String name = rows.optionalText(row, "name", 200);
            String source = rows.optionalText(row, "source", 500);
            if (cluster == null || user == null || from == null || (row.get("to_year").isPresent() && to == null)) {
                continue;
            }
            if (repository.cluster(cluster).isEmpty()) {
                rows.problem(row, "cụm " + cluster + " chưa có trong dữ liệu (nhập danh sách cụm trước)");
                continue;
            }
            if (to != null && to < from) {
                rows.problem(row, "to_year (" + to + ") trước from_year (" + from + ")");
                continue;
            }
            Integer earlier = seen.putIfAbsent(cluster + "/" + user + "/" + from, row.line());
            if (earlier != null) {
                rows.problem(row, "trùng với dòng " + earlier);
                continue;
            }
            result.add(new ClusterSupervisor(cluster, user, from, to, name, source));
        }
        return result;
    }
}
