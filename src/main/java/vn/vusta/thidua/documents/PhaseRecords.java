package vn.vusta.thidua.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.vusta.thidua.council.Awards;
import vn.vusta.thidua.council.CouncilTally;
import vn.vusta.thidua.council.CouncilVotes;
import vn.vusta.thidua.midyear.ProgressReport;
import vn.vusta.thidua.midyear.ProgressReports;
import vn.vusta.thidua.rules.Title;
import vn.vusta.thidua.yearend.ResultReport;
import vn.vusta.thidua.yearend.ResultReports;
import vn.vusta.thidua.vote.BallotBox;
import vn.vusta.thidua.vote.VoteMinutes;

/**
 * Reads, for documents and exports only, the records of the phases through their own public read methods: the
 * vote's minutes and participation, mid-year progress, year-end results and achievements, the council's tally and
 * the award decision. A phase that has recorded nothing yet yields nothing, and the documents leave the corresponding
 * lines out.
 */
@Component
class PhaseRecords {

    record Meeting(LocalDate date, String place, int membersPresent) {
    }

    record Decision(String number, LocalDate date, String signedBy, String nextHead, String nextDeputy) {
    }

    record Approval(String unit, Title title, int approvals, int base, boolean approved) {
    }

    /** Approved first, then the flag before the certificate, more approvals first, then by unit. */
    private static final Comparator<Approval> APPROVED_FIRST = Comparator.comparing(Approval::approved).reversed()
            .thenComparing(a -> a.title() == Title.FLAG ? 0 : 1)
            .thenComparing(Comparator.comparingInt(Approval::approvals).reversed())
            .thenComparing(Approval::unit);

    private final VoteMinutes minutes;
    private final BallotBox ballots;
    private final ProgressReports progress;
    private final ResultReports results;
    private final Awards awards;
    private final CouncilVotes council;

    PhaseRecords(VoteMinutes minutes, BallotBox ballots, ProgressReports progress, ResultReports results, Awards awards,
            CouncilVotes council) {
        this.minutes = minutes;
        this.ballots = ballots;
        this.progress = progress;
        this.results = results;
        this.awards = awards;
        this.council = council;
    }

    Optional<Meeting> meeting(String businessKey) {
        return minutes.of(businessKey).map(m -> new Meeting(m.meetingDate(), m.place(), m.membersPresent()));
    }

    /** Units that cast a ballot in the first round (who voted, never how). */
    Optional<Integer> ballotsCast(String businessKey) {
        int count = ballots.voters(businessKey, 1);
        return count == 0 ? Optional.empty() : Optional.of(count);
    }

    /** Per unit, per field: the year-end result of the unit's latest report. */
    Map<String, Map<Integer, BigDecimal>> yearEndResults(String businessKey) {
        Map<String, Map<Integer, BigDecimal>> result = new LinkedHashMap<>();
        for (ResultReport r : results.allLatest(businessKey)) {
            r.items().forEach(i -> result.computeIfAbsent(r.province(), k -> new LinkedHashMap<>()).put(i.field(), i.result()));
        }
        return result;
    }

    /** Per unit, per field: the mid-year progress (percent) of the unit's latest report. */
    Map<String, Map<Integer, BigDecimal>> midYearProgress(String businessKey) {
        Map<String, Map<Integer, BigDecimal>> result = new LinkedHashMap<>();
        for (ProgressReport r : progress.allLatest(businessKey)) {
            r.items().forEach(i -> result.computeIfAbsent(r.province(), k -> new LinkedHashMap<>()).put(i.field(), i.progress()));
        }
        return result;
    }

    /** Per unit: the achievements summary of its latest year-end report. */
    Map<String, String> achievements(String businessKey) {
        Map<String, String> result = new LinkedHashMap<>();
        results.allLatest(businessKey).forEach(r -> result.put(r.province(), r.achievements()));
        return result;
    }

    Optional<Decision> decision(String businessKey) {
        return awards.decision(businessKey).map(d -> new Decision(d.number(), d.date(), d.signedBy(), d.nextHead(),
                d.nextDeputy()));
    }

    /** The council's count per nominee, approved first. */
    List<Approval> councilTally(String businessKey) {
        return council.tally(businessKey).stream().map(PhaseRecords::approval).sorted(APPROVED_FIRST).toList();
    }

    private static Approval approval(CouncilTally t) {
        return new Approval(t.nominee().unit(), t.nominee().title(), t.approvals(), t.base(), t.approved());
    }
}
