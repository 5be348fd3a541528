package vn.vusta.thidua.cycle;

import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.vusta.thidua.reference.Supervisors;
import vn.vusta.thidua.system.CurrentUser;
import vn.vusta.thidua.system.ForbiddenException;
import vn.vusta.thidua.system.GroupIds;

/**
 * Who may read a cycle's results, and how much: VUSTA (administrators, the council, its office and chair), the
 * cluster's supervisor in that year (reference data, {@link Supervisors}) and the cluster head's officer see
 * everything; a member unit's officer — also of a unit that left during the year — sees the cluster's outcomes and
 * only its own unit's submissions; anyone else is refused.
 */
@Component
public class CycleAccess {

    /** How much of a cycle the current user may see: everything, or one member unit's share. */
    public record Scope(boolean full, String ownUnit) {

        public boolean maySee(String unit) {
            return full || unit.equals(ownUnit);
        }
    }

    private final CurrentUser currentUser;
    private final Supervisors supervisors;
    private final CycleChanges changes;

    CycleAccess(CurrentUser currentUser, Supervisors supervisors, CycleChanges changes) {
        this.currentUser = currentUser;
        this.supervisors = supervisors;
        this.changes = changes;
    }

    public Scope scopeFor(Cycle cycle) {
        if (seesEveryCluster() || supervisors.supervises(currentUser.id(), cycle.cluster(), cycle.year())) {
            return new Scope(true, null);
        }
        Optional<String> province = currentUser.province();
        if (province.isPresent() && province.get().equals(cycle.head())) {
            return new Scope(true, province.get());
        }
        if (province.isPresent() && (cycle.members().contains(province.get())
                || changes.formerMembers(cycle.businessKey()).contains(province.get()))) {
            return new Scope(false, province.get());
        }
        throw new ForbiddenException("Bạn không có quyền xem chu kỳ " + cycle.businessKey());
    }

    /** VUSTA: administrators, the council, its standing office and its chair read every cluster's cycles. */
    public boolean seesEveryCluster() {
        return currentUser.isAdministrator() || currentUser.isIn(GroupIds.COUNCIL_OFFICE) || currentUser.isIn(GroupIds.COUNCIL)
                || currentUser.isIn(GroupIds.COUNCIL_CHAIR);
    }

    public void requireStarter() {
        if (!currentUser.isAdministrator()) {
            throw new ForbiddenException("Chỉ quản trị viên được mở chu kỳ thi đua");
        }
    }
}
