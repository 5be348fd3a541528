package vn.vusta.thidua.registration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.vusta.thidua.cycle.Cycle;
import vn.vusta.thidua.cycle.Phase;
import vn.vusta.thidua.cycle.PhaseReport;
import vn.vusta.thidua.cycle.PhaseTallies;

/** The registration phase in the results API: each unit's current registration and the cluster tally. */
@Component
class RegistrationReport implements PhaseReport {

    private final Registrations registrations;
    private final PhaseTallies tallies;

    RegistrationReport(Registrations registrations, PhaseTallies tallies) {
        this.registrations = registrations;
        this.tallies = tallies;
    }

    @Override
    public Phase phase() {
        return Phase.REGISTRATION;
    }

    @Override
    public Map<String, Object> report(Cycle cycle) {
        List<Registration> current = registrations.allLatest(cycle.businessKey());
        Map<String, Object> report = new LinkedHashMap<>();
        if (current.isEmpty()) {
            return report;
        }
        report.put("units", current.stream().map(r -> {
            Map<String, Object> unit = new LinkedHashMap<>();
            unit.put("province", r.province());
            unit.put("version", r.version());
            unit.put("aimFlag", r.aimFlag());
            unit.put("aimMerit", r.aimMerit());
            unit.put("covenantAccepted", r.covenantAccepted());
            unit.put("targets", r.targets());
            unit.put("submittedBy", r.submittedBy());
            unit.put("submittedAt", r.submittedAt());
            unit.put("late", r.late());
            return unit;
        }).toList());
        tallies.latest(cycle.businessKey(), Phase.REGISTRATION).ifPresent(t -> report.put("tally", t));
        return report;
    }
}
