package vn.vusta.thidua.cycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.vusta.thidua.reference.AffectedCycle;
import vn.vusta.thidua.reference.MembershipImpact;
import vn.vusta.thidua.reference.ReferenceData;

/** The running cycles an import of cluster memberships touches, each with the request that re-synchronises it. */
@Component
class CycleMembershipImpact implements MembershipImpact {

    private final Cycles cycles;
    private final ReferenceData reference;

    CycleMembershipImpact(Cycles cycles, ReferenceData reference) {
        this.cycles = cycles;
        this.reference = reference;
    }

    @Override
    public List<AffectedCycle> affectedFrom(LocalDate from) {
        List<AffectedCycle> affected = new ArrayList<>();
        for (Cycle cycle : cycles.running()) {
            if (cycle.year() < from.getYear()) {
                continue;
            }
            LocalDate day = MembershipSync.dayIn(cycle, from);
            List<String> target = reference.membersOn(cycle.cluster(), day);
            List<String> joining = target.stream().filter(u -> !cycle.members().contains(u)).toList();
            List<String> leaving = cycle.members().stream().filter(u -> !target.contains(u)).toList();
            if (!joining.isEmpty() || !leaving.isEmpty()) {
                affected.add(new AffectedCycle(cycle.businessKey(), cycle.cluster(), cycle.year(), joining, leaving,
                        "POST /api/cycles/" + cycle.businessKey() + "/membership/sync {\"date\": \"" + day + "\"}"));
            }
        }
        return affected;
    }
}
