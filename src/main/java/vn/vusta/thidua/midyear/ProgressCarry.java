package vn.vusta.thidua.midyear;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
 * A merger during the cycle, rule {@code SUM_OF_PARTS}: the successor's mid-year report becomes, as a new version,
 * per field the sum of its own and its parts' targets and their progress weighted by target. A tally already made
 * stays the record of the review held before the merger; the next one counts the carried report.
 */
@Component
class ProgressCarry implements SubmissionCarry {

    private final ProgressReports reports;
    private final Clock clock;

    ProgressCarry(ProgressReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @Override
    public Phase phase() {
        return Phase.MID_YEAR;
    }

    @Override
    public Optional<Carried> carry(String businessKey, String successor, List<String> parts, MergerCarry rule, String actor) {
        Optional<Sources<ProgressReport>> sources = Sources.gather(rule, parts, successor, unit -> reports.latest(businessKey, unit),
                ProgressReport::province);
        if (sources.isEmpty()) {
            return Optional.empty();
        }
        Optional<ProgressReport> own = sources.get().own();
        List<ProgressReport> all = sources.get().all();
        String from = sources.get().from();
        List<ProgressReport.Item> items = new ArrayList<>();
        for (int field = 1; field <= FieldsOfWork.COUNT; field++) {
            int f = field;
            List<ProgressReport.Item> fieldItems = all.stream().map(r -> r.items().get(f - 1)).toList();
            BigDecimal target = fieldItems.stream().map(ProgressReport.Item::target).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal progress = target.signum() == 0
                    ? fieldItems.stream().map(ProgressReport.Item::progress).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO)
                    : fieldItems.stream().map(i -> i.target().multiply(i.progress())).reduce(BigDecimal.ZERO, BigDecimal::add)
                            .divide(target, 2, RoundingMode.HALF_UP);
            items.add(new ProgressReport.Item(field, target, progress, "cộng tiến độ của " + from + " (sáp nhập)"));
        }
        int version = reports.nextVersion(businessKey, successor);
        reports.insert(new ProgressReport(businessKey, successor, version, items, actor, clock.instant(),
                own.map(ProgressReport::late).orElse(false), "sap-nhap-" + UUID.randomUUID()));
        return Optional.of(new Carried(version, sources.get().carriedUnits()));
    }
}
