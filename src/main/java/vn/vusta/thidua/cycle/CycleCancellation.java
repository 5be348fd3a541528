package vn.vusta.thidua.cycle;

import java.time.Clock;
import java.util.NoSuchElementException;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.vusta.thidua.system.AuditTrail;

/**
 * An administrator cancels a cycle with a reason: its engine instances end, its records stay under its business key
 * and the cycle is marked cancelled (audited), and the cluster-year may be opened again. A cycle that has its award
 * decision is not cancelled: awards are revoked one by one instead.
 */
@Service
class CycleCancellation {

    static final int REASON_LENGTH = 1000;

    /** The cycle is not running: already cancelled, or done. */
    static class NotRunning extends RuntimeException {

        NotRunning(String message) {
            super(message);
        }
    }

    private final Cycles cycles;
    private final CycleLiveness liveness;
    private final RuntimeService runtimeService;
    private final TransactionTemplate transaction;
    private final AuditTrail audit;
    private final Clock clock;

    CycleCancellation(Cycles cycles, CycleLiveness liveness, RuntimeService runtimeService,
            TransactionTemplate transaction, AuditTrail audit, Clock clock) {
        this.cycles = cycles;
        this.liveness = liveness;
        this.runtimeService = runtimeService;
        this.transaction = transaction;
        this.audit = audit;
        this.clock = clock;
    }

    Cycle cancel(String businessKey, String reason, String actor) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Lý do huỷ chu kỳ: bắt buộc nhập");
        }
        String why = reason.strip();
        if (why.length() > REASON_LENGTH) {
            throw new IllegalArgumentException("Lý do huỷ chu kỳ: tối đa " + REASON_LENGTH + " ký tự");
        }
        Cycle cycle = cycles.find(businessKey).map(liveness::refresh)
                .orElseThrow(() -> new NoSuchElementException("Không có chu kỳ " + businessKey));
        if (cycle.status() == Cycle.Status.CANCELLED) {
            throw new NotRunning("Chu kỳ " + businessKey + " đã bị huỷ: " + cycle.cancellation().reason());
        }
        if (cycle.status() == Cycle.Status.DONE) {
            throw new NotRunning("Chu kỳ " + businessKey + " đã kết thúc với quyết định khen thưởng: không huỷ được "
                    + "(thu hồi từng khen thưởng nếu cần)");
        }
        transaction.executeWithoutResult(status -> {
            if (!cycles.markCancelled(businessKey, new Cycle.Cancellation(clock.instant(), actor, why))) {
                throw new NotRunning("Chu kỳ " + businessKey + " vừa kết thúc hoặc bị huỷ");
            }
            // the cycle's instance takes its phase's instance with it; what else runs under the key goes too
            for (ProcessInstance instance : runtimeService.createProcessInstanceQuery()
                    .processInstanceBusinessKey(businessKey).processDefinitionKey(CycleStarter.PROCESS_KEY).list()) {
                runtimeService.deleteProcessInstance(instance.getId(), "Huỷ chu kỳ: " + why, false, true);
            }
            for (ProcessInstance instance : runtimeService.createProcessInstanceQuery()
                    .processInstanceBusinessKey(businessKey).list()) {
                runtimeService.deleteProcessInstance(instance.getId(), "Huỷ chu kỳ: " + why, false, true);
            }
            audit.record(actor, "CANCEL_CYCLE", businessKey, why);
        });
        return cycles.find(businessKey).orElseThrow();
    }
}
