package vn.vusta.thidua.reference;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.vusta.thidua.system.CurrentUser;

/** Reference data for every signed-in user, and the administrator's CSV import. */
@RestController
@RequestMapping("/api/reference")
class ReferenceController {

    private final ReferenceData repository;
    private final ReferenceImporter importer;
    private final CurrentUser currentUser;
    private final ProvinceHistory history;
    private final ClusterReformation reformation;

    ReferenceController(ReferenceData repository, ReferenceImporter importer, CurrentUser currentUser,
            ProvinceHistory history, ClusterReformation reformation) {
        this.repository = repository;
        this.history = history;
        this.reformation = reformation;
        this.importer = importer;
        this.currentUser = currentUser;
    }

    /**
     * Without {@code date}: all 63 provinces, each dissolved one with its successor ({@code mergedInto}) and a
     * renamed one with its new name. With {@code date=2026-01-01}: the units that exist that day (34 from 1 July
     * 2025), by the name of that day.
     */
    @GetMapping("/provinces")
    List<Map<String, Object>> provinces(@RequestParam(required = false) String date) {
        if (date == null) {
            return repository.provinces().stream().map(this::view).toList();
        }
        LocalDate day = parse("date", date);
        return history.unitsOn(day).stream().map(p -> {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("code", p.code());
            view.put("gsoCode", p.gsoCode());
            view.put("name", history.nameOn(p.code(), day));
            return view;
        }).toList();
    }

    private Map<String, Object> view(Province province) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("code", province.code());
        view.put("gsoCode", province.gsoCode());
        view.put("name", province.name());
        repository.succession(province.code()).filter(ProvinceSuccession::isAbsorbed).ifPresent(s -> {
            view.put("mergedInto", s.successorCode());
            view.put("mergedIntoName", repository.province(s.successorCode()).map(Province::name).orElse(s.successorCode()));
            view.put("mergedOn", s.effective());
        });
        List<ProvinceRename> renames = history.renamesOf(province.code());
        if (!renames.isEmpty()) {
            view.put("renamedTo", renames.get(renames.size() - 1).name());
            view.put("renamedOn", renames.get(renames.size() - 1).effective());
        }
        return view;
    }

    private static LocalDate parse(String field, String date) {
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": '" + date + "' không phải ngày dạng YYYY-MM-DD");
        }
    }

    @GetMapping("/clusters/{number}/members/{year}")
    Map<String, Object> members(@PathVariable int number, @PathVariable int year) {
        return Map.of("cluster", number, "year", year,
                "members", repository.membersOn(number, LocalDate.of(year, 1, 1)),
                "leadership", repository.leadership(number, year).map(Object.class::cast).orElse(Map.of()));
    }

    /**
     * {@code POST /api/reference/clusters/reform?from=2026-01-01} with a text/csv body {@code cluster,name,province_code}:
     * the clusters from that date (administrators only). See {@link ClusterReformation}.
     */
    @PostMapping(path = "/clusters/reform", consumes = {"text/csv", "text/plain"})
    ClusterReformation.Summary reform(@RequestParam String from, @RequestBody String csv) {
        currentUser.requireAdministrator();
        return reformation.reform(parse("from", from), new StringReader(csv), currentUser.id());
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
                    + "' (provinces, clusters, heads, mergers, renames, supervisors)")));
        }
        return importer.importCsv(referenceKind, new StringReader(Utf8Text.decode(csv)), currentUser.id());
    }

    @ExceptionHandler(CsvImportException.class)
    ResponseEntity<Map<String, Object>> rejected(CsvImportException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of(
                "error", "CSV_REJECTED", "message", e.getMessage(), "problems", e.problems()));
    }
}
