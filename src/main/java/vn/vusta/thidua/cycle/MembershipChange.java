package vn.vusta.thidua.cycle;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.vusta.thidua.reference.ProvinceHistory;
import vn.vusta.thidua.reference.ProvinceSuccession;
import vn.vusta.thidua.system.AuditTrail;
import vn.vusta.thidua.system.GroupIds;
import vn.vusta.thidua.engine.EngineClock;

/**
 * Brings a running cycle to a new member list on a date: units that left (merged into a successor, or moved out of
 * the cluster by a re-formation) have their open tasks closed with the reason recorded and are no longer counted;
 * units that joined get the running phase's task; a head or deputy that left passes the role to its successor where
 * the successor is a member, else the role falls vacant and VUSTA's office is asked to fill it
 * ({@link LeaderChoice}). Everything is recorded in {@link CycleChanges} and the audit trail. Carrying the merged
 * units' submissions to their successor is {@link MergerApplication}'s part, before this.
 */
@Service
class MembershipChange {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** What one change did to one cycle. */
    record Report(String businessKey, List<String> left, List<String> joined, List<String> closedTasks,
            List<String> addedTasks, String head, String deputy, List<String> vacancies, List<String> carried,
            String error) {

        static Report failed(String businessKey, String error) {
            return new Report(businessKey, List.of(), List.of(), List.of(), List.of(), null, null, List.of(), List.of(),
                    error);
        }
    }

    private final Cycles cycles;
    private final CycleChanges changes;
    private final CycleInstances instances;
    private final UnitProgress progress;
    private final PhaseResolver phases;
    private final ProvinceHistory history;
    private final LeaderChoice leaderChoice;
    private final TransactionTemplate transaction;
    private final AuditTrail audit;
    private final Clock clock;

    MembershipChange(Cycles cycles, CycleChanges changes, CycleInstances instances, UnitProgress progress,
            PhaseResolver phases, ProvinceHistory history, LeaderChoice leaderChoice,
            TransactionTemplate transaction, AuditTrail audit, Clock clock) {
        this.cycles = cycles;
        this.changes = changes;
        this.instances = instances;
        this.progress = progress;
        this.phases = phases;
        this.history = history;
        this.leaderChoice = leaderChoice;
        this.transaction = transaction;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Applies the member list {@code target} from {@code effective}, in one transaction once the cycle's instances
     * are locked; {@code beforeChange} runs first under the same lock (carrying merged units' submissions) and says
     * what it did.
     */
    Report apply(Cycle cycle, List<String> target, LocalDate effective, String actor,
            Supplier<List<String>> beforeChange) {
        return transaction.execute(status -> instances.locked(cycle.businessKey(), () -> {
            List<String> carried = beforeChange.get();
            return applyLocked(cycles.find(cycle.businessKey()).orElseThrow(), target, effective, actor, carried);
        }));
    }

    private Report applyLocked(Cycle cycle, List<String> target, LocalDate effective, String actor, List<String> carried) {
        String key = cycle.businessKey();
        List<String> left = cycle.members().stream().filter(u -> !target.contains(u)).toList();
        List<String> joined = target.stream().filter(u -> !cycle.members().contains(u)).toList();
        if (left.isEmpty() && joined.isEmpty()) {
            return new Report(key, left, joined, List.of(), List.of(), cycle.head(), cycle.deputy(), List.of(), carried,
                    null);
        }
        LeadershipHandover leadership = successorsTake(cycle, left, target, effective);
        List<String> closed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        for (String unit : left) {
            String reason = whyLeft(cycle, unit, effective);
            record(key, CycleChange.Kind.UNIT_LEFT, unit,
                    history.absorbedOn(unit, effective).map(ProvinceSuccession::successorCode).orElse(null), effective,
                    reason, actor);
            for (CycleInstances.OpenTask task : instances.openTasks(key)) {
                if (unit.equals(task.unit())) {
                    instances.close(task.id(), reason);
                    progress.closed(key, phases.of(task.processDefinitionId()), unit, reason);
                    closed.add(task.definitionKey() + " (" + unit + ")");
                }
            }
        }
        String headGroup = leadership.head() == null ? GroupIds.COUNCIL_OFFICE : GroupIds.province(leadership.head());
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(CycleVariables.MEMBERS, new ArrayList<>(target));
        variables.put(CycleVariables.HEAD, leadership.head());
        variables.put(CycleVariables.DEPUTY, leadership.deputy());
        variables.put(CycleVariables.HEAD_GROUP, headGroup);
        for (ProcessInstance instance : instances.instances(key)) {
            if (!LeaderChoice.PROCESS_KEY.equals(definitionKey(instance))) {
                instances.setVariables(instance.getId(), variables);
            }
        }
        if (!Objects.equals(leadership.head(), cycle.head())) {
            instances.moveHeadTasks(key, headGroup);
        }
        for (String unit : joined) {
            record(key, CycleChange.Kind.UNIT_JOINED, unit, null, effective, "LHH " + name(unit) + " là thành viên "
                    + "cụm từ " + DAY.format(effective) + " (dữ liệu cụm đã nhập)", actor);
            for (ProcessInstance instance : instances.instances(key)) {
                instances.activeUnitTask(instance.getId()).ifPresent(activity -> {
                    instances.addUnitTask(instance.getId(), activity, unit);
                    added.add(activity + " (" + unit + ")");
                });
            }
        }
        leadership.changes().forEach(c -> record(key, c.kind(), c.province(), c.successor(), effective, c.reason(), actor));
        carried.forEach(text -> record(key, CycleChange.Kind.CARRIED, null, null, effective, text, actor));
        cycles.updateMembership(key, target, leadership.head(), leadership.deputy());
        audit.record(actor, "CHANGE_MEMBERSHIP", key, "rời cụm: " + left + "; vào cụm: " + joined + "; nhiệm vụ đóng: "
                + closed.size() + "; nhiệm vụ mới: " + added.size() + "; cụm trưởng: " + leadership.head()
                + ", cụm phó: " + leadership.deputy());
        for (CycleChange.Kind vacant : leadership.vacancies()) {
            leaderChoice.ask(cycles.find(key).orElseThrow(), vacant, leadership.reason(vacant));
        }
        return new Report(key, left, joined, closed, added, leadership.head(), leadership.deputy(),
                leadership.vacancies().stream().map(Enum::name).toList(), carried, null);
    }

    /** Head and deputy after the change: a leaving holder passes its role to its successor if a member, else vacant. */
    private LeadershipHandover successorsTake(Cycle cycle, List<String> left, List<String> target, LocalDate effective) {
        LeadershipHandover result = new LeadershipHandover(cycle.head(), cycle.deputy(), this::name);
        if (cycle.head() != null && left.contains(cycle.head())) {
            String successor = history.absorbedOn(cycle.head(), effective).map(ProvinceSuccession::successorCode)
                    .filter(target::contains).orElse(null);
            result.pass(CycleChange.Kind.HEAD, cycle.head(), successor);
            if (successor != null && successor.equals(result.deputy())) {
                result.vacate(CycleChange.Kind.DEPUTY, result.deputy(), "cụm phó LHH " + name(successor)
                        + " nhận vai trò cụm trưởng");
                return result;
            }
        }
        if (result.deputy() != null && left.contains(result.deputy())) {
            String successor = history.absorbedOn(result.deputy(), effective).map(ProvinceSuccession::successorCode)
                    .filter(target::contains).orElse(null);
            if (successor != null && successor.equals(result.head())) {
                result.vacate(CycleChange.Kind.DEPUTY, result.deputy(), "LHH " + name(result.deputy())
                        + " sáp nhập vào cụm trưởng LHH " + name(successor));
            } else {
                result.pass(CycleChange.Kind.DEPUTY, result.deputy(), successor);
            }
        }
        return result;
    }

    private String whyLeft(Cycle cycle, String unit, LocalDate effective) {
        Optional<ProvinceSuccession> merged = history.absorbedOn(unit, effective);
        if (merged.isPresent()) {
            return "LHH " + name(unit) + " đã sáp nhập vào LHH " + name(merged.get().successorCode()) + " từ ngày "
                    + DAY.format(merged.get().effective()) + ": nhiệm vụ của đơn vị được đóng, số liệu đã nộp được lưu";
        }
        return "LHH " + name(unit) + " không còn là thành viên Cụm thi đua số " + cycle.cluster() + " từ ngày "
                + DAY.format(effective) + " (cụm được tổ chức lại): nhiệm vụ của đơn vị được đóng";
    }

    private void record(String key, CycleChange.Kind kind, String unit, String successor, LocalDate effective,
            String reason, String actor) {
        changes.record(new CycleChange(key, kind, unit, successor, effective, reason, actor, clock.instant()));
    }

    private String definitionKey(ProcessInstance instance) {
        return instance.getProcessDefinitionId().split(":")[0];
    }

    private String name(String unit) {
        return history.nameOn(unit, LocalDate.ofInstant(clock.instant(), EngineClock.VIETNAM));
    }
}
