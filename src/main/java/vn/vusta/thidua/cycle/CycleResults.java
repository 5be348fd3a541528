package vn.vusta.thidua.cycle;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.reference.UnitNames;

/**
 * The results of a cycle as one JSON document: phase, per-unit status, and every phase's report. For a member
 * unit's officer, per-unit details of other units are left out: in every phase report, a list under
 * {@code "units"} keeps only the entries whose {@code "province"} is the officer's own.
 */
@Component
class CycleResults {

    private final ReferenceData reference;
    private final UnitNames names;
    private final UnitProgress progress;
    private final CycleChanges changes;
    private final List<PhaseReport> reports;
    private final Clock clock;

    CycleResults(ReferenceData reference, UnitNames names, UnitProgress progress, CycleChanges changes,
            List<PhaseReport> reports, Clock clock) {
        this.clock = clock;
        this.reference = reference;
        this.names = names;
        this.progress = progress;
        this.changes = changes;
        this.reports = reports.stream().sorted(Comparator.comparing(PhaseReport::phase)).toList();
    }

    Map<String, Object> of(Cycle cycle, CycleAccess.Scope scope) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("businessKey", cycle.businessKey());
        result.put("cluster", cycle.cluster());
        result.put("clusterName", reference.cluster(cycle.cluster()).map(c -> c.name()).orElse(null));
        result.put("year", cycle.year());
        result.put("phase", cycle.phase());
        result.put("phaseLabel", cycle.phase().label());
        result.put("status", cycle.status());
        result.put("cancellation", cycle.cancellation());
        result.put("head", cycle.head());
        result.put("deputy", cycle.deputy());
        result.put("members", cycle.members());
        List<String> former = changes.formerMembers(cycle.businessKey());
        result.put("formerMembers", former);
        result.put("changes", changes.of(cycle.businessKey()).stream().map(CycleResults::change).toList());
        result.put("openedAt", cycle.openedAt());
        result.put("closedAt", cycle.closedAt());
        result.put("rules", cycle.rules().toMap());
        result.put("units", units(cycle, former, scope));
        Map<String, Object> phases = new LinkedHashMap<>();
        for (PhaseReport report : reports) {
            Map<String, Object> data = report.report(cycle);
            if (data != null && !data.isEmpty()) {
                phases.put(report.phase().name(), scope.full() ? data : restricted(data, scope));
            }
        }
        result.put("phases", phases);
        return result;
    }

    private static Map<String, Object> change(CycleChange c) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("kind", c.kind());
        change.put("province", c.province());
        change.put("successor", c.successor());
        change.put("effective", c.effective());
        change.put("reason", c.reason());
        change.put("recordedBy", c.recordedBy());
        change.put("recordedAt", c.recordedAt());
        return change;
    }

    /** The members, then the units that left during the year (merged away, moved out) with their statuses. */
    private List<Map<String, Object>> units(Cycle cycle, List<String> former, CycleAccess.Scope scope) {
        List<UnitStatus> statuses = progress.of(cycle.businessKey());
        List<Map<String, Object>> units = new ArrayList<>();
        List<String> all = new ArrayList<>(cycle.members());
        former.stream().filter(unit -> !all.contains(unit)).forEach(all::add);
        for (String member : all) {
            Map<String, Object> unit = new LinkedHashMap<>();
            unit.put("province", member);
            unit.put("name", names.ofYear(member, cycle.year()));
            Map<String, Object> byPhase = new LinkedHashMap<>();
            statuses.stream().filter(s -> s.province().equals(member)).forEach(s -> {
                Map<String, Object> status = new LinkedHashMap<>();
                status.put("status", s.status());
                Timeliness timeliness = s.timeliness(clock.instant());
                status.put("timeliness", timeliness);
                status.put("timelinessLabel", timeliness.label(s.phase()));
                if (s.extendedTo() != null) {
                    status.put("extendedTo", s.extendedTo());
                    status.put("extensionReason", s.extensionReason());
                }
                status.put("late", s.late());
                status.put("dueAt", s.dueAt());
                status.put("submittedAt", s.submittedAt());
                status.put("submissions", s.submissions());
                status.put("remindedAt", s.remindedAt());
                status.put("escalatedAt", s.escalatedAt());
                if (scope.maySee(member)) {
                    status.put("returnReason", s.returnReason());
                }
                status.put("closedReason", s.closedReason());
                byPhase.put(s.phase().name(), status);
            });
            unit.put("phases", byPhase);
            unit.put("member", cycle.members().contains(member));
            names.successorOf(member).ifPresent(s -> unit.put("mergedInto", s.successorCode()));
            units.add(unit);
        }
        return units;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> restricted(Map<String, Object> data, CycleAccess.Scope scope) {
        Map<String, Object> copy = new LinkedHashMap<>(data);
        if (copy.get("units") instanceof List<?> units) {
            copy.put("units", units.stream().filter(u -> u instanceof Map<?, ?> m
                    && scope.ownUnit().equals(((Map<String, Object>) m).get("province"))).toList());
        }
        return copy;
    }
}
