package vn.vusta.thidua.cycle;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.stereotype.Service;

import vn.vusta.thidua.reference.ReferenceData;

/**
 * An administrator brings an opened cycle to the cluster's membership in the reference data on a date (after a
 * re-formation import said the cycle is touched): mergers in force first (with their carrying rule), then the units
 * that left the cluster lose their open tasks and the units that joined get the running phase's task. Never done
 * without being asked.
 */
@Service
class MembershipSync {

    private final Cycles cycles;
    private final CycleLiveness liveness;
    private final MergerApplication mergers;
    private final MembershipChange change;
    private final ReferenceData reference;

    MembershipSync(Cycles cycles, CycleLiveness liveness, MergerApplication mergers, MembershipChange change,
            ReferenceData reference) {
        this.cycles = cycles;
        this.liveness = liveness;
        this.mergers = mergers;
        this.change = change;
        this.reference = reference;
    }

    /** The day of the cycle's year the membership is read on: the given date, within the cycle's year. */
    static LocalDate dayIn(Cycle cycle, LocalDate date) {
        LocalDate first = LocalDate.of(cycle.year(), 1, 1);
        LocalDate last = LocalDate.of(cycle.year(), 12, 31);
        return date.isBefore(first) ? first : date.isAfter(last) ? last : date;
    }

    List<MembershipChange.Report> sync(String businessKey, LocalDate date, String actor) {
        Cycle cycle = cycles.find(businessKey).map(liveness::refresh)
                .orElseThrow(() -> new NoSuchElementException("Không có chu kỳ " + businessKey));
        if (!cycle.running()) {
            throw new CycleCancellation.NotRunning("Chu kỳ " + businessKey + " không còn chạy ("
                    + (cycle.status() == Cycle.Status.DONE ? "đã kết thúc" : "đã huỷ") + "): không đồng bộ thành viên");
        }
        LocalDate day = dayIn(cycle, date);
        if (reference.membersOn(cycle.cluster(), day).isEmpty()) {
            throw new CycleCancellation.NotRunning("Cụm " + cycle.cluster() + " không còn thành viên ngày " + day
                    + ": không đồng bộ chu kỳ " + businessKey + " — huỷ chu kỳ nếu cụm đã được nhập vào cụm khác");
        }
        MembershipChange.Report merged = mergers.apply(cycle, day, actor);
        Cycle current = cycles.find(businessKey).orElseThrow();
        MembershipChange.Report reformed = change.apply(current, reference.membersOn(cycle.cluster(), day), day, actor,
                List::of);
        return merged == null ? List.of(reformed) : List.of(merged, reformed);
    }
}
