package vn.vusta.thidua.bench;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.reference.ImportSummary;
import vn.vusta.thidua.reference.ReferenceImporter;
import vn.vusta.thidua.reference.ReferenceKind;

/**
 * The bench database's synthetic clusters, imported as an administrator would (PROVINCES, then CLUSTERS; HEADS per
 * cluster-year when a run needs them) between the bundled reference data (order 10) and the identity set-up
 * (order 20), so every synthetic province gets its group and its demo officer at start-up.
 *
 * <p>The importer bounds what can exist: cluster numbers 1–99 and statistical codes of 2–3 digits (unique). So the
 * bench has clusters 11–19 with 7 members each (one VUSTA year: 9 × 7 = 63 units) and clusters 20–99 with 8
 * members each (640 units, statistical codes 100–802); larger runs take the same clusters through further years.
 */
@Component
@Profile("bench")
@Order(15)
class SyntheticReference implements ApplicationRunner {

    static final List<Integer> SEVEN_MEMBER_CLUSTERS = range(11, 19);
    static final List<Integer> EIGHT_MEMBER_CLUSTERS = range(20, 99);
    private static final String FROM = "2000-01-01";

    private final ReferenceImporter importer;

    SyntheticReference(ReferenceImporter importer) {
        this.importer = importer;
    }

    @Override
    public void run(ApplicationArguments args) {
        StringBuilder provinces = new StringBuilder("gso_code,code,name\n");
        StringBuilder clusters = new StringBuilder("cluster,name,province_code,valid_from,source\n");
        int n = 0;
        for (int cluster = 11; cluster <= 99; cluster++) {
            int size = cluster < 20 ? 7 : 8;
            for (int i = 0; i < size; i++) {
                n++;
                String code = code(n);
                provinces.append(99 + n).append(',').append(code).append(",Tỉnh thử nghiệm ").append(n).append('\n');
                clusters.append(cluster).append(",Cụm thi đua thử nghiệm số ").append(cluster).append(',').append(code)
                        .append(',').append(FROM).append(",benchmark\n");
            }
        }
        importCsv(ReferenceKind.PROVINCES, provinces);
        importCsv(ReferenceKind.CLUSTERS, clusters);
    }

    /** Imports head and deputy (the first two members in statistical order) for each cluster in each year. */
    void importHeads(List<Integer> clusters, List<Integer> years, java.util.function.IntFunction<List<String>> members) {
        StringBuilder heads = new StringBuilder("cluster,year,head,deputy,source\n");
        for (int year : years) {
            for (int cluster : clusters) {
                List<String> m = members.apply(cluster);
                heads.append(cluster).append(',').append(year).append(',').append(m.get(0)).append(',').append(m.get(1))
                        .append(",benchmark\n");
            }
        }
        importCsv(ReferenceKind.HEADS, heads);
    }

    static String code(int n) {
        return String.format("bench-%04d", n);
    }

    private ImportSummary importCsv(ReferenceKind kind, StringBuilder csv) {
        return importer.importCsv(kind, new StringReader(csv.toString()), "bench");
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> result = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            result.add(i);
        }
        return result;
    }
}
