package vn.vusta.thidua.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.vusta.thidua.cycle.Cycle;
import vn.vusta.thidua.cycle.CycleAccess;
import vn.vusta.thidua.cycle.Cycles;
import vn.vusta.thidua.system.ForbiddenException;

/**
 * Spreadsheets: one cycle, for whoever may read it (a member officer gets only their own unit's submissions), and a
 * whole year of every cluster, for VUSTA only (administrators, the council, its standing office and its chair).
 */
@RestController
class ExportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Cycles cycles;
    private final CycleAccess access;
    private final Workbooks workbooks;

    ExportController(Cycles cycles, CycleAccess access, Workbooks workbooks) {
        this.cycles = cycles;
        this.access = access;
        this.workbooks = workbooks;
    }

    @GetMapping("/api/cycles/{businessKey}/export.xlsx")
    ResponseEntity<byte[]> cycle(@PathVariable String businessKey) {
        Cycle cycle = cycles.find(businessKey).orElseThrow(() -> new NoSuchElementException("Không có chu kỳ " + businessKey));
        CycleAccess.Scope scope = access.scopeFor(cycle);
        return xlsx(businessKey + ".xlsx", workbooks.export(List.of(cycle), List.of(scope)));
    }

    @GetMapping("/api/exports/{year:\\d{4}}.xlsx")
    ResponseEntity<byte[]> year(@PathVariable int year) {
        if (!access.seesEveryCluster()) {
            throw new ForbiddenException("Chỉ Liên hiệp Hội Việt Nam (Hội đồng TĐKT, quản trị viên) được xuất số liệu toàn quốc");
        }
        List<Cycle> ofYear = cycles.ofYear(year);
        List<CycleAccess.Scope> scopes = new ArrayList<>();
        ofYear.forEach(c -> scopes.add(access.scopeFor(c)));
        return xlsx("thi-dua-" + year + ".xlsx", workbooks.export(ofYear, scopes));
    }

    private static ResponseEntity<byte[]> xlsx(String fileName, byte[] content) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(content);
    }
}
