package vn.vusta.thidua.cycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of {@code emulation-cycle}, in the starting transaction: records the cycle ({@link CycleClaims#claim}) or
 * refuses the start, so that {@code POST /engine-rest/process-definition/key/emulation-cycle/start} of a second
 * cycle answers 409 at once instead of failing later as an incident.
 */
@Component("claimCycle")
class ClaimCycleListener implements ExecutionListener {

    private final CycleClaims claims;

    ClaimCycleListener(CycleClaims claims) {
        this.claims = claims;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Object cluster = execution.getVariable(CycleVariables.CLUSTER);
        Object year = execution.getVariable(CycleVariables.YEAR);
        if (!(cluster instanceof Number) || !(year instanceof Number)) {
            throw CycleStartRefused.invalid(execution.getProcessBusinessKey(),
                    "chu kỳ cần hai biến số nguyên 'cluster' và 'year'");
        }
        claims.claim(((Number) cluster).intValue(), ((Number) year).intValue(), execution.getProcessBusinessKey(),
                execution.getProcessInstanceId());
    }
}
