package vn.vusta.thidua.overview;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.vusta.thidua.cycle.Cycle;
import vn.vusta.thidua.cycle.CycleAccess;
import vn.vusta.thidua.cycle.Cycles;
import vn.vusta.thidua.system.ForbiddenException;

/**
 * The cycles the signed-in user may read, as {@link CycleAccess} decides: VUSTA every cluster, a supervisor the
 * clusters it oversees, an officer its own unit's cluster.
 */
@Component
class ReadableCycles {

    private final CycleAccess access;
    private final Cycles cycles;

    ReadableCycles(CycleAccess access, Cycles cycles) {
        this.access = access;
        this.cycles = cycles;
    }

    boolean national() {
        return access.seesEveryCluster();
    }

    void requireNational() {
        if (!national()) {
            throw new ForbiddenException(
                    "Chỉ Liên hiệp Hội Việt Nam (Hội đồng TĐKT, Thường trực, quản trị viên) được xem số liệu toàn quốc");
        }
    }

    Optional<CycleAccess.Scope> scope(Cycle cycle) {
        try {
            return Optional.of(access.scopeFor(cycle));
        } catch (ForbiddenException refused) {
            return Optional.empty();
        }
    }

    boolean readable(Cycle cycle) {
        return scope(cycle).isPresent();
    }

    List<Cycle> ofYear(int year) {
        return cycles.ofYear(year).stream().filter(this::readable).toList();
    }

    List<Cycle> all() {
        return cycles.all().stream().filter(this::readable).toList();
    }

    Optional<Cycle> find(String businessKey) {
        return cycles.find(businessKey);
    }

    /** The cycle, or 404 if there is none, or 403 if the user may not read it. */
    Cycle require(String businessKey) {
        Cycle cycle = cycles.find(businessKey).orElseThrow(() -> new NoSuchElementException("Không có chu kỳ " + businessKey));
        access.scopeFor(cycle);
        return cycle;
    }
}
