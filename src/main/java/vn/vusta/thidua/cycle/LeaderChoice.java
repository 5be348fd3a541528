package vn.vusta.thidua.cycle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.system.AuditTrail;
import vn.vusta.thidua.system.GroupIds;
import vn.vusta.thidua.engine.EngineClock;

/**
 * A head or deputy role left vacant by a change of membership (the holder merged into a unit outside the cluster,
 * or moved out): VUSTA's standing office chooses a member in Tasklist ({@code choose-cluster-leader}), and the choice
 * applies to the running cycle. Until then the head's tasks wait for the office.
 */
@Service
class LeaderChoice {

    static final String PROCESS_KEY = "choose-cluster-leader";
    static final String ROLE = "role";
    static final String VACANCY = "vacancyReason";

    private final RuntimeService runtimeService;
    private final Cycles cycles;
    private final CycleChanges changes;
    private final CycleInstances instances;
    private final ReferenceData reference;
    private final AuditTrail audit;
    private final Clock clock;

    LeaderChoice(RuntimeService runtimeService, Cycles cycles, CycleChanges changes, CycleInstances instances,
            ReferenceData reference, AuditTrail audit, Clock clock) {
        this.runtimeService = runtimeService;
        this.cycles = cycles;
        this.changes = changes;
        this.instances = instances;
        this.reference = reference;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Asks the office to fill the role (an office task under the cycle's business key); not when no member could take
     * it (a cluster left with one unit or none: cancelling the cycle is the administrator's decision then).
     */
    void ask(Cycle cycle, CycleChange.Kind role, String reason) {
        if (candidates(cycle, role).isEmpty()) {
            return;
        }
        runtimeService.startProcessInstanceByKey(PROCESS_KEY, cycle.businessKey(), Map.of(ROLE, role.name(),
                VACANCY, reason, CycleVariables.CLUSTER, cycle.cluster(), CycleVariables.YEAR, cycle.year(),
                CycleVariables.CLUSTER_LABEL, reference.cluster(cycle.cluster()).orElseThrow().name()));
    }

    /** The members the office may choose for the role: every member but the holder of the other role. */
    List<String> candidates(Cycle cycle, CycleChange.Kind role) {
        String other = role == CycleChange.Kind.HEAD ? cycle.deputy() : cycle.head();
        return cycle.members().stream().filter(unit -> !unit.equals(other)).toList();
    }

    /** Gives the role to the unit in the running cycle: its variables, the head's open tasks, the record. */
    void choose(String businessKey, CycleChange.Kind role, String unit, String actor) {
        instances.locked(businessKey, () -> {
            Cycle cycle = cycles.find(businessKey).orElseThrow();
            String head = role == CycleChange.Kind.HEAD ? unit : cycle.head();
            String deputy = role == CycleChange.Kind.DEPUTY ? unit : cycle.deputy();
            String headGroup = head == null ? GroupIds.COUNCIL_OFFICE : GroupIds.province(head);
            Map<String, Object> variables = new java.util.HashMap<>();
            variables.put(CycleVariables.HEAD, head);
            variables.put(CycleVariables.DEPUTY, deputy);
            variables.put(CycleVariables.HEAD_GROUP, headGroup);
            for (ProcessInstance instance : instances.instances(businessKey)) {
                if (!instance.getProcessDefinitionId().startsWith(PROCESS_KEY + ":")) {
                    instances.setVariables(instance.getId(), variables);
                }
            }
            if (role == CycleChange.Kind.HEAD && !Objects.equals(head, cycle.head())) {
                instances.moveHeadTasks(businessKey, headGroup);
            }
            cycles.updateMembership(businessKey, cycle.members(), head, deputy);
            String reason = (role == CycleChange.Kind.HEAD ? "Cụm trưởng" : "Cụm phó") + " do Thường trực Hội đồng TĐKT "
                    + "chọn: LHH " + reference.province(unit).map(p -> p.name()).orElse(unit);
            changes.record(new CycleChange(businessKey, role, null, unit, LocalDate.ofInstant(clock.instant(),
                    EngineClock.VIETNAM), reason, actor, clock.instant()));
            audit.record(actor, "CHOOSE_" + role.name(), businessKey, unit);
            return null;
        });
    }
}
