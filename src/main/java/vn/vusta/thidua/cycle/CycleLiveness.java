package vn.vusta.thidua.cycle;

import java.time.Clock;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.system.AuditTrail;

/**
 * Finds cycles whose engine instance is gone although they were neither closed nor cancelled: deleted in Cockpit with
 * "skip custom listeners", so {@link CycleEndedListener} never ran. Such a cycle is marked cancelled when it is next
 * read or its cluster-year opened again, so that no dead cycle blocks the year.
 */
@Component
class CycleLiveness {

    static final String GONE = "Quy trình của chu kỳ đã bị xoá ngoài ứng dụng (Cockpit): chu kỳ được đánh dấu đã huỷ";

    private final CycleRepository cycles;
    private final ProcessEngine engine;
    private final AuditTrail audit;
    private final Clock clock;

    CycleLiveness(CycleRepository cycles, ProcessEngine engine, AuditTrail audit, Clock clock) {
        this.cycles = cycles;
        this.engine = engine;
        this.audit = audit;
        this.clock = clock;
    }

    /** The cycle as it stands: marked cancelled first if its instance is gone. */
    Cycle refresh(Cycle cycle) {
        if (!cycle.running() || instanceExists(cycle.processInstanceId())) {
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

    /** Whatever the current user may see: the engine is asked without authorization checks. */
    private boolean instanceExists(String processInstanceId) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return configuration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(
                () -> context.getExecutionManager().findExecutionById(processInstanceId) != null));
    }
}
