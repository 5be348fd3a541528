package vn.vusta.thidua.cycle;

import java.time.Clock;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.engine.Authenticated;
import vn.vusta.thidua.engine.SystemCommands;
import vn.vusta.thidua.system.AuditTrail;

/**
 * End of {@code emulation-cycle}: an instance deleted rather than completed (in Cockpit, through {@code
 * /engine-rest}) marks its cycle cancelled, so that the cluster-year can be opened again.
 */
@Component("cycleEnded")
class CycleEndedListener implements ExecutionListener {

    private final Cycles cycles;
    private final IdentityService identityService;
    private final AuditTrail audit;
    private final Clock clock;

    CycleEndedListener(Cycles cycles, IdentityService identityService, AuditTrail audit, Clock clock) {
        this.cycles = cycles;
        this.identityService = identityService;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (!execution.isCanceled()) {
            return;
        }
        String actor = Authenticated.current(identityService).map(Authenticated::userId).orElse("system");
        String deleteReason = SystemCommands.deleteReason(execution);
        String reason = "Phiên bản quy trình của chu kỳ bị xoá" + (deleteReason == null ? "" : ": " + deleteReason);
        if (cycles.markCancelled(execution.getProcessBusinessKey(), new Cycle.Cancellation(clock.instant(), actor,
                reason.substring(0, Math.min(reason.length(), 1000))))) {
            audit.record(actor, "CANCEL_CYCLE", execution.getProcessBusinessKey(), reason);
        }
    }
}
