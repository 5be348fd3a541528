package vn.vusta.thidua.yearend;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.vusta.thidua.cycle.Phase;
import vn.vusta.thidua.cycle.SubmissionCarry;
import vn.vusta.thidua.cycle.SubmissionCarry.Sources;
import vn.vusta.thidua.reference.FieldsOfWork;
import vn.vusta.thidua.rules.MergerCarry;

/**
 * A merger during the cycle, rule {@code SUM_OF_PARTS}: the successor's year-end report becomes, as a new version,
 * per field the sum of its own and its parts' targets and results, with their achievements. Rare (mergers take
 * effect mid-year), but a year-end report already submitted is not lost.
 */
@Component
class ResultsCarry implements SubmissionCarry {

    private final ResultReports reports;
    private final Clock clock;

    ResultsCarry(ResultReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @Override
    public Phase phase() {
        return Phase.YEAR_END;
    }

    @Override
    public Optional<Carried> carry(String businessKey, String successor, List<String> parts, MergerCarry rule, String actor) {
        Optional<Sources<ResultReport>> sources = Sources.gather(rule, parts, successor, unit -> reports.latest(businessKey, unit),
                ResultReport::province);
        if (sources.isEmpty()) {
            return Optional.empty();
        }
        Optional<ResultReport> own = sources.get().own();
        List<ResultReport> all = sources.get().all();
        String from = sources.get().from();
        List<ResultReport.Item> items = new ArrayList<>();
        for (int field = 1; field <= FieldsOfWork.COUNT; field++) {
            int f = field;
            items.add(new ResultReport.Item(field,
                    all.stream().map(r -> r.items().get(f - 1).target()).reduce(BigDecimal.ZERO, BigDecimal::add),
                    all.stream().map(r -> r.items().get(f - 1).result()).reduce(BigDecimal.ZERO, BigDecimal::add),
                    "cộng kết quả của " + from + " (sáp nhập)"));
        }
        String achievements = String.join("\n", all.stream().map(r -> r.province() + ": " + r.achievements()).toList());
        int version = reports.nextVersion(businessKey, successor);
        reports.insert(new ResultReport(businessKey, successor, version, items,
                achievements.substring(0, Math.min(4000, achievements.length())), actor, clock.instant(),
                own.map(ResultReport::late).orElse(false), "sap-nhap-" + UUID.randomUUID()));
        return Optional.of(new Carried(version, sources.get().carriedUnits()));
    }
}
