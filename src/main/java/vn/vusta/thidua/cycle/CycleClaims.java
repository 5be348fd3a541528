package vn.vusta.thidua.cycle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

import vn.vusta.thidua.reference.ClusterLeadership;
import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.rules.RuleBooks;

/**
 * One live cycle per cluster and year. {@link #check} says which business key a new cycle gets (or why none may
 * start); {@link #claim}, called in the transaction that starts the engine instance ({@link ClaimCycleListener}),
 * records the cycle so that a second start, through any API, is refused before it commits.
 */
@Service
class CycleClaims {

    private final Cycles cycles;
    private final CycleLiveness liveness;
    private final ReferenceData reference;
    private final RuleBooks ruleBooks;
    private final Clock clock;

    CycleClaims(Cycles cycles, CycleLiveness liveness, ReferenceData reference, RuleBooks ruleBooks,
            Clock clock) {
        this.cycles = cycles;
        this.liveness = liveness;
        this.reference = reference;
        this.ruleBooks = ruleBooks;
        this.clock = clock;
    }

    /** The business key the cluster-year's next cycle gets: {@code cluster-8-2026}, after a cancellation {@code …-lan-2}. */
    String check(int cluster, int year) {
        String key = nextKey(cluster, year);
        liveness.live(cluster, year).ifPresent(live -> {
            throw CycleStartRefused.alreadyOpen(live);
        });
        List<String> members = reference.membersOn(cluster, LocalDate.of(year, 1, 1));
        if (members.isEmpty()) {
            throw CycleStartRefused.invalid(key, "cụm không có thành viên năm " + year);
        }
        ClusterLeadership leadership = reference.leadership(cluster, year).orElseThrow(() ->
                CycleStartRefused.invalid(key, "chưa có cụm trưởng năm " + year + " (nhập heads.csv)"));
        for (String unit : new String[] {leadership.headCode(), leadership.deputyCode()}) {
            if (unit != null && !members.contains(unit)) {
                throw CycleStartRefused.invalid(key, "'" + unit + "' (cụm trưởng hoặc cụm phó năm " + year
                        + ") không phải thành viên cụm " + cluster + " ngày 01/01/" + year + " (đã sáp nhập hoặc chuyển cụm?)");
            }
        }
        return key;
    }

    /** Records the starting cycle; refuses a second live cycle of the cluster-year and a key other than the next. */
    Cycle claim(int cluster, int year, String businessKey, String processInstanceId) {
        String expected = check(cluster, year);
        if (!expected.equals(businessKey)) {
            throw CycleStartRefused.invalid(businessKey, "mã chu kỳ (business key) phải là " + expected
                    + ", không phải '" + businessKey + "'");
        }
        ClusterLeadership leadership = reference.leadership(cluster, year).orElseThrow();
        Cycle cycle = new Cycle(businessKey, cluster, year, processInstanceId, leadership.headCode(),
                leadership.deputyCode(), reference.membersOn(cluster, LocalDate.of(year, 1, 1)), ruleBooks.current(),
                Phase.OPENED, clock.instant(), null, null);
        try {
            cycles.insert(cycle);
        } catch (DataIntegrityViolationException startedMeanwhile) {
            // another start of the same cluster-year committed first (the database refuses further queries here)
            throw CycleStartRefused.startedMeanwhile(cluster, year, businessKey);
        }
        return cycle;
    }

    private String nextKey(int cluster, int year) {
        int attempts = cycles.attempts(cluster, year);
        String first = CycleVariables.businessKey(cluster, year);
        return attempts == 0 ? first : first + "-lan-" + (attempts + 1);
    }
}
