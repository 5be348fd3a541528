package vn.vusta.thidua.cycle;

import java.time.Clock;

import org.springframework.stereotype.Component;

import vn.vusta.thidua.engine.SystemCommands;
import vn.vusta.thidua.system.AuditTrail;

/**
 * Finds cycles whose engine instance is gone although they were neither closed nor cancelled: deleted in Cockpit with
 * "skip custom listeners", so {@link CycleEndedListener} never ran. Such a cycle is marked cancelled when it is next
 * read or its cluster-year opened again, so that no dead cycle blocks the year.
 */
@Component
class CycleLiveness {

    static final String GONE = "Quy trình của chu kỳ đã bị xoá ngoài ứng dụng (Cockpit): chu kỳ được đánh dấu đã huỷ";

    private final Cycles cycles;
    private final SystemCommands commands;
    private final AuditTrail audit;
    private final Clock clock;

    CycleLiveness(Cycles cycles, SystemCommands commands, AuditTrail audit, Clock clock) {
        this.cycles = cycles;
        this.commands = commands;
        this.audit = audit;
        this.clock = clock;
    }

    /** The cycle as it stands: marked cancelled first if its instance is gone. */
    Cycle refresh(Cycle cycle) {
        if (!cycle.running() || commands.instanceExists(cycle.processInstanceId())) {
            return cycle;
        }
        if (cycles.markCancelled(cycle.businessKey(), new Cycle.Cancellation(clock.instant(), "system", GONE))) {
            audit.record("system", "CANCEL_CYCLE", cycle.businessKey(), GONE);
        }
        return cycles.find(cycle.businessKey()).orElseThrow();
    }

    /** The cluster-year's live cycle, after marking a dead one cancelled. */
    java.util.Optional<Cycle> live(int cluster, int year) {
        return cycles.live(cluster, year).map(this::refresh).filter(c -> c.status() != Cycle.Status.CANCELLED);
    }
}
