package vn.vusta.thidua.overview;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.vusta.thidua.cycle.Cycle;
import vn.vusta.thidua.reference.Province;
import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.system.CurrentUser;

/** The overview's JSON (docs/api.md, "Overview"); every answer holds only what the user may read. */
@RestController
@RequestMapping("/api/overview")
class OverviewController {

    /** What the page needs first: who is signed in, whether national exports are offered, the years to choose. */
    record Landing(String user, boolean national, int currentYear, List<Integer> years) {
    }

    record YearView(int year, boolean national, List<ClusterRow> clusters, String summaryPdf, String summaryXlsx) {
    }

    private final ReadableCycles cycles;
    private final ClusterRows rows;
    private final CycleOverview cycleOverview;
    private final UnitHistories histories;
    private final AwardRows awards;
    private final NationalSummary summary;
    private final MergedUnitNames names;
    private final ReferenceData reference;
    private final CurrentUser currentUser;
    private final Clock clock;

    OverviewController(ReadableCycles cycles, ClusterRows rows, CycleOverview cycleOverview, UnitHistories histories,
            AwardRows awards, NationalSummary summary, MergedUnitNames names, ReferenceData reference,
            CurrentUser currentUser, Clock clock) {
        this.cycles = cycles;
        this.rows = rows;
        this.cycleOverview = cycleOverview;
        this.histories = histories;
        this.awards = awards;
        this.summary = summary;
        this.names = names;
        this.reference = reference;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GetMapping
    Landing landing() {
        int currentYear = LocalDate.now(clock).getYear();
        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        years.add(currentYear);
        cycles.all().forEach(c -> years.add(c.year()));
        return new Landing(currentUser.id(), cycles.national(), currentYear, List.copyOf(years));
    }

    @GetMapping("/years/{year:\\d{4}}")
    YearView year(@PathVariable int year, @RequestParam(defaultValue = "false") boolean onlyLate) {
        boolean national = cycles.national();
        return new YearView(year, national, rows.of(year, onlyLate),
                national ? "/api/overview/years/" + year + "/summary.pdf" : null,
                national ? "/api/exports/" + year + ".xlsx" : null);
    }

    @GetMapping("/years/{year:\\d{4}}/summary.pdf")
    ResponseEntity<byte[]> summaryPdf(@PathVariable int year) {
        byte[] pdf = summary.pdf(year);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("tong-hop-thi-dua-" + year + ".pdf").build().toString())
                .body(pdf);
    }

    @GetMapping("/cycles/{businessKey}")
    CycleDetails cycle(@PathVariable String businessKey) {
        return cycleOverview.of(cycles.require(businessKey));
    }

    /** The units whose history the user may open: every province for VUSTA, else the members of its cycles. */
    @GetMapping("/units")
    List<UnitName> units() {
        MergedUnitNames.Lookup lookup = names.lookup();
        List<UnitName> units = new ArrayList<>();
        if (cycles.national()) {
            reference.provinces().stream().map(Province::code).map(lookup::of).forEach(units::add);
        } else {
            cycles.all().stream().map(Cycle::members).flatMap(List::stream).distinct().map(lookup::of).forEach(units::add);
        }
        Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
        units.sort(Comparator.comparing(UnitName::name, vietnamese));
        return units;
    }

    @GetMapping("/units/{code}")
    UnitHistory unit(@PathVariable String code) {
        return histories.of(code);
    }

    @GetMapping("/awards")
    List<AwardRow> awards(@RequestParam(required = false) Integer year) {
        return awards.of(year);
    }
}
