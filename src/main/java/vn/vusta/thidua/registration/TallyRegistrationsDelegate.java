package vn.vusta.thidua.registration;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.cycle.CycleContext;
import vn.vusta.thidua.cycle.Phase;
import vn.vusta.thidua.cycle.PhaseTallies;
import vn.vusta.thidua.reference.FieldsOfWork;

/** Aggregates the units' current registrations: who registered, who aims for which title, cluster targets per field. */
@Component("tallyRegistrations")
class TallyRegistrationsDelegate implements JavaDelegate {

    private final RegistrationRepository registrations;
    private final PhaseTallies tallies;

    TallyRegistrationsDelegate(RegistrationRepository registrations, PhaseTallies tallies) {
        this.registrations = registrations;
        this.tallies = tallies;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CycleContext cycle = CycleContext.of(execution);
        // units merged away or moved out during the year stay on record but no longer count
        List<Registration> current = registrations.allLatest(cycle.businessKey()).stream()
                .filter(r -> cycle.members().contains(r.province())).toList();
        Map<String, BigDecimal> targetsByField = new LinkedHashMap<>();
        for (int field = 1; field <= FieldsOfWork.COUNT; field++) {
            int f = field;
            targetsByField.put(String.valueOf(field), current.stream().map(r -> r.targets().get(f - 1).target())
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("members", cycle.members().size());
        summary.put("registered", current.stream().map(Registration::province).toList());
        summary.put("missing", cycle.members().stream()
                .filter(m -> current.stream().noneMatch(r -> r.province().equals(m))).toList());
        summary.put("aimFlag", current.stream().filter(Registration::aimFlag).map(Registration::province).toList());
        summary.put("aimMerit", current.stream().filter(Registration::aimMerit).map(Registration::province).toList());
        summary.put("covenantSigned", current.stream().filter(Registration::covenantAccepted).count());
        summary.put("late", current.stream().filter(Registration::late).map(Registration::province).toList());
        summary.put("clusterTargets", targetsByField);
        tallies.record(cycle.businessKey(), Phase.REGISTRATION, summary);
    }
}
