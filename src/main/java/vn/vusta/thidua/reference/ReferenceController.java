package vn.vusta.thidua.reference;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.vusta.thidua.system.CurrentUser;

/** Reference data for every signed-in user, and the administrator's CSV import. */
@RestController
@RequestMapping("/api/reference")
class ReferenceController {

    private final ReferenceRepository repository;
    private final ReferenceImporter importer;
    private final CurrentUser currentUser;

    ReferenceController(ReferenceRepository repository, ReferenceImporter importer, CurrentUser currentUser) {
        this.repository = repository;
        this.importer = importer;
        this.currentUser = currentUser;
    }

    @GetMapping("/provinces")
    List<Province> provinces() {
        return repository.provinces();
    }

    @GetMapping("/clusters/{number}/members/{year}")
    Map<String, Object> members(@PathVariable int number, @PathVariable int year) {
        return Map.of("cluster", number, "year", year,
                "members", repository.membersOn(number, java.time.LocalDate.of(year, 1, 1)),
                "leadership", repository.leadership(number, year).map(Object.class::cast).orElse(Map.of()));
    }

    /** {@code POST /api/reference/import/clusters} with a text/csv body; administrators only. */
    @PostMapping(path = "/import/{kind}", consumes = "text/csv")
    ImportSummary importCsv(@PathVariable String kind, @RequestBody byte[] csv) {
        currentUser.requireAdministrator();
        ReferenceKind referenceKind;
        try {
            referenceKind = ReferenceKind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CsvImportException(List.of(new CsvProblem(0, "loại dữ liệu không hỗ trợ '" + kind
                    + "' (provinces, clusters, heads, mergers)")));
        }
        return importer.importCsv(referenceKind, new StringReader(Utf8Text.decode(csv)), currentUser.id());
    }

    @ExceptionHandler(CsvImportException.class)
    ResponseEntity<Map<String, Object>> rejected(CsvImportException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of(
                "error", "CSV_REJECTED", "message", e.getMessage(), "problems", e.problems()));
    }
}
