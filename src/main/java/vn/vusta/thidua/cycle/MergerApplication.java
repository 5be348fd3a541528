package vn.vusta.thidua.cycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import vn.vusta.thidua.reference.ProvinceHistory;
import vn.vusta.thidua.reference.ProvinceSuccession;
import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.rules.Decisions;
import vn.vusta.thidua.rules.MergerCarry;
import vn.vusta.thidua.rules.RuleBooks;

/**
 * Applies the mergers in force on a date to every running cycle of that year or later (a cycle of an earlier year
 * keeps the units of its time: its awards go to the units that earned them). In each cycle, the members merged away
 * leave ({@link MembershipChange}), after their submissions are carried to a successor that is a member, as the
 * cycle's DMN {@code merger} rule says ({@link SubmissionCarry}). Run by the daily timer of {@code merger-watch} and by
 * an administrator ({@code POST /api/mergers/apply}); applying twice changes nothing.
 */
@Service
class MergerApplication {

    private static final Logger LOG = LoggerFactory.getLogger(MergerApplication.class);

    private final Cycles cycles;
    private final CycleLiveness liveness;
    private final MembershipChange change;
    private final ProvinceHistory history;
    private final ReferenceData reference;
    private final RuleBooks ruleBooks;
    private final List<SubmissionCarry> carries;

    MergerApplication(Cycles cycles, CycleLiveness liveness, MembershipChange change, ProvinceHistory history,
            ReferenceData reference, RuleBooks ruleBooks, List<SubmissionCarry> carries) {
        this.cycles = cycles;
        this.liveness = liveness;
        this.change = change;
        this.history = history;
        this.reference = reference;
        this.ruleBooks = ruleBooks;
        this.carries = carries;
    }

    /**
     * Every running cycle that has a member merged away by the date, brought up to date (unchanged cycles left out),
     * each in its own transaction where there is no surrounding one: a cycle that fails is reported with the reason
     * and the others are still applied.
     */
    List<MembershipChange.Report> applyDue(LocalDate date, String actor) {
        List<MembershipChange.Report> reports = new ArrayList<>();
        for (Cycle cycle : cycles.running()) {
            if (cycle.year() >= firstYearAffected(cycle, date) && liveness.refresh(cycle).running()) {
                try {
                    Optional.ofNullable(apply(cycle, date, actor)).ifPresent(reports::add);
                } catch (RuntimeException e) {
                    LOG.error("Merger not applied to {}", cycle.businessKey(), e);
                    reports.add(MembershipChange.Report.failed(cycle.businessKey(), e.getMessage()));
                }
            }
        }
        return reports;
    }

    /** The cycle with its members merged away by the date removed; null if none was. */
    MembershipChange.Report apply(Cycle cycle, LocalDate date, String actor) {
        Map<String, List<String>> partsBySuccessor = new LinkedHashMap<>();
        List<String> target = new ArrayList<>();
        for (String unit : cycle.members()) {
            Optional<ProvinceSuccession> merged = history.absorbedOn(unit, date);
            if (merged.isEmpty()) {
                target.add(unit);
            } else {
                partsBySuccessor.computeIfAbsent(merged.get().successorCode(), k -> new ArrayList<>()).add(unit);
            }
        }
        if (partsBySuccessor.isEmpty()) {
            return null;
        }
        MergerCarry rule = rule(cycle);
        LocalDate effective = effective(partsBySuccessor);
        return change.apply(cycle, target, effective, actor, () -> {
            List<String> carried = new ArrayList<>();
            partsBySuccessor.forEach((successor, parts) -> {
                if (target.contains(successor)) {
                    carries.forEach(c -> c.carry(cycle.businessKey(), successor, parts, rule, actor).ifPresent(done ->
                            carried.add(c.phase().label() + ": số liệu của " + names(done.from(), effective)
                                    + " được cộng vào LHH " + history.nameOn(successor, effective) + " (phiên bản "
                                    + done.version() + ", quy tắc sáp nhập " + rule + ")")));
                }
            });
            return carried;
        });
    }

    private String names(List<String> units, LocalDate day) {
        return String.join(", ", units.stream().map(u -> "LHH " + history.nameOn(u, day)).toList());
    }

    private LocalDate effective(Map<String, List<String>> partsBySuccessor) {
        return partsBySuccessor.values().stream().flatMap(List::stream).map(reference::succession)
                .flatMap(Optional::stream).map(ProvinceSuccession::effective).max(LocalDate::compareTo).orElseThrow();
    }

    /** A merger counts for the cycles of its own year and later (mergers of earlier years are in their members). */
    private int firstYearAffected(Cycle cycle, LocalDate date) {
        return cycle.members().stream().map(unit -> history.absorbedOn(unit, date)).flatMap(Optional::stream)
                .map(s -> s.effective().getYear()).min(Integer::compareTo).orElse(Integer.MAX_VALUE);
    }

    /** The cycle's own version of the rule; a cycle opened before the table existed uses the current one. */
    private MergerCarry rule(Cycle cycle) {
        return (cycle.rules().records(Decisions.MERGER) ? ruleBooks.forVersions(cycle.rules())
                : ruleBooks.forVersions(ruleBooks.current())).merger(cycle.cluster(), cycle.year());
    }
}
