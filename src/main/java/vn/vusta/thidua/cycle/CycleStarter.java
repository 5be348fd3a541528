package vn.vusta.thidua.cycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

import vn.vusta.thidua.reference.EmulationCluster;
import vn.vusta.thidua.reference.ReferenceRepository;

/** Starts cycles: one cluster's year, or every cluster that has members and a head that year. */
@Service
public class CycleStarter {

    public static final String PROCESS_KEY = "emulation-cycle";

    /** What happened to one cluster when cycles were started. */
    public record Outcome(int cluster, String businessKey, boolean started, String reason) {
    }

    private final RuntimeService runtimeService;
    private final ReferenceRepository reference;
    private final CycleRepository cycles;

    CycleStarter(RuntimeService runtimeService, ReferenceRepository reference, CycleRepository cycles) {
        this.runtimeService = runtimeService;
        this.reference = reference;
        this.cycles = cycles;
    }

    public List<Outcome> startAll(int year) {
        List<Outcome> outcomes = new ArrayList<>();
        for (EmulationCluster cluster : reference.clusters()) {
            outcomes.add(start(cluster.number(), year));
        }
        return outcomes;
    }

    public Outcome start(int cluster, int year) {
        String businessKey = CycleVariables.businessKey(cluster, year);
        if (cycles.find(businessKey).isPresent()
                || runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count() > 0) {
            return new Outcome(cluster, businessKey, false, "đã mở chu kỳ " + businessKey);
        }
        if (reference.membersOn(cluster, LocalDate.of(year, 1, 1)).isEmpty()) {
            return new Outcome(cluster, businessKey, false, "cụm không có thành viên năm " + year);
        }
        if (reference.leadership(cluster, year).isEmpty()) {
            return new Outcome(cluster, businessKey, false, "chưa có cụm trưởng năm " + year + " (nhập heads.csv)");
        }
        runtimeService.startProcessInstanceByKey(PROCESS_KEY, businessKey,
                Map.of(CycleVariables.CLUSTER, cluster, CycleVariables.YEAR, year));
        return new Outcome(cluster, businessKey, true, "đã mở");
    }
}
