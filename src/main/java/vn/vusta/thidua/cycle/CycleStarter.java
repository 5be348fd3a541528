package vn.vusta.thidua.cycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

import vn.vusta.thidua.reference.EmulationCluster;
import vn.vusta.thidua.reference.ReferenceData;

/** Starts cycles: one cluster's year, or every cluster that has members and a head that year. */
@Service
public class CycleStarter {

    public static final String PROCESS_KEY = "emulation-cycle";

    /** What happened to one cluster when cycles were started; {@code conflict}: the year already has a live cycle. */
    public record Outcome(int cluster, String businessKey, boolean started, String reason, boolean conflict) {
    }

    private final RuntimeService runtimeService;
    private final ReferenceData reference;
    private final CycleClaims claims;

    CycleStarter(RuntimeService runtimeService, ReferenceData reference, CycleClaims claims) {
        this.runtimeService = runtimeService;
        this.reference = reference;
        this.claims = claims;
    }

    public List<Outcome> startAll(int year) {
        List<Outcome> outcomes = new ArrayList<>();
        for (EmulationCluster cluster : reference.clusters()) {
            outcomes.add(start(cluster.number(), year));
        }
        return outcomes;
    }

    public Outcome start(int cluster, int year) {
        try {
            String businessKey = claims.check(cluster, year);
            runtimeService.startProcessInstanceByKey(PROCESS_KEY, businessKey,
                    Map.of(CycleVariables.CLUSTER, cluster, CycleVariables.YEAR, year));
            return new Outcome(cluster, businessKey, true, "đã mở", false);
        } catch (RuntimeException e) {
            CycleStartRefused refused = refusal(e);
            return new Outcome(cluster, refused.businessKey(), false, refused.getMessage(), refused.conflict());
        }
    }

    /** The refusal behind an exception, however the engine wrapped it; anything else is rethrown. */
    private static CycleStartRefused refusal(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CycleStartRefused refused) {
                return refused;
            }
        }
        throw e;
    }
}
