package vn.vusta.thidua.overview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.vusta.thidua.council.CouncilOutcomes;
import vn.vusta.thidua.cycle.Cycle;
import vn.vusta.thidua.cycle.Phase;
import vn.vusta.thidua.cycle.UnitStatus;
import vn.vusta.thidua.documents.DocumentService;
import vn.vusta.thidua.documents.StoredDocument;
import vn.vusta.thidua.yearend.UnitScores;
import vn.vusta.thidua.vote.Nominations;
import vn.vusta.thidua.vote.VoteTurnout;
import vn.vusta.thidua.engine.EngineClock;

/** Assembles one cycle's page: timeline, unit statuses, ranking, vote, council, documents. */
@Component
class CycleOverview {

    private final CycleProgress progress;
    private final UnitScores scores;
    private final Nominations nominations;
    private final VoteTurnout turnout;
    private final CouncilOutcomes council;
    private final DocumentService documents;
    private final MergedUnitNames names;

    CycleOverview(CycleProgress progress, UnitScores scores, Nominations nominations, VoteTurnout turnout,
            CouncilOutcomes council, DocumentService documents, MergedUnitNames names) {
        this.progress = progress;
        this.scores = scores;
        this.nominations = nominations;
        this.turnout = turnout;
        this.council = council;
        this.documents = documents;
        this.names = names;
    }

    CycleDetails of(Cycle cycle) {
        MergedUnitNames.Lookup lookup = names.lookup();
        CycleProgress.Snapshot snapshot = progress.of(cycle);
        String key = cycle.businessKey();
        return new CycleDetails(key, cycle.cluster(), names.clusterName(cycle.cluster()), cycle.year(), cycle.phase().name(),
                cycle.phase().label(), day(cycle.openedAt()), day(cycle.closedAt()), lookup.of(cycle.head()),
                lookup.of(cycle.deputy()), timeline(cycle, snapshot), units(cycle, snapshot, lookup),
                scores.current(key).stream().map(s -> new CycleDetails.Ranked(s.rank(), lookup.of(s.province()), s.score(),
                        s.reachedPercent())).toList(),
                vote(cycle, lookup), council(key, lookup), documents(key), "/api/cycles/" + key + "/export.xlsx");
    }

    private static List<CycleDetails.Step> timeline(Cycle cycle, CycleProgress.Snapshot snapshot) {
        List<CycleDetails.Step> steps = new ArrayList<>();
        for (Phase phase : CycleProgress.TIMELINE) {
            String state = cycle.phase() == Phase.DONE || cycle.phase().compareTo(phase) > 0 ? "DONE"
                    : cycle.phase() == phase ? "CURRENT" : "UPCOMING";
            CycleProgress.Count count = snapshot.count(phase);
            steps.add(new CycleDetails.Step(phase.name(), phase.label(), snapshot.due(phase), state,
                    count == null ? null : count.submitted(), count == null ? null : count.late(),
                    count == null ? null : count.closedWithoutSubmission()));
        }
        return steps;
    }

    private static List<CycleDetails.UnitRow> units(Cycle cycle, CycleProgress.Snapshot snapshot, MergedUnitNames.Lookup lookup) {
        List<CycleDetails.UnitRow> rows = new ArrayList<>();
        for (String member : cycle.members()) {
            Map<String, CycleDetails.UnitPhase> phases = new LinkedHashMap<>();
            for (Phase phase : CycleProgress.TIMELINE) {
                Standing standing = snapshot.standing(phase, member);
                if (standing != null) {
                    UnitStatus status = snapshot.status(phase, member);
                    phases.put(phase.name(), new CycleDetails.UnitPhase(standing.name(), standing.label(), standing.late(),
                            status == null ? snapshot.due(phase) : day(status.dueAt()),
                            status == null ? null : day(status.submittedAt())));
                }
            }
            String role = member.equals(cycle.head()) ? "Cụm trưởng" : member.equals(cycle.deputy()) ? "Cụm phó" : null;
            rows.add(new CycleDetails.UnitRow(lookup.of(member), role, phases));
        }
        return rows;
    }

    private CycleDetails.Vote vote(Cycle cycle, MergedUnitNames.Lookup lookup) {
        String key = cycle.businessKey();
        List<CycleDetails.Round> rounds = turnout.of(key).stream().map(r -> new CycleDetails.Round(r.number(),
                r.runoffTitle() == null ? null : r.runoffTitle().label(), cycle.members().size(),
                r.voted().stream().map(lookup::of).toList())).toList();
        List<CycleDetails.Outcome> outcomes = nominations.all(key).stream().map(o -> new CycleDetails.Outcome(
                lookup.of(o.unit()), o.title().label(), o.votes(), o.base(), o.threshold(), o.rank(), o.proposed(),
                o.reason())).toList();
        CycleDetails.Election election = nominations.election(key).map(e -> new CycleDetails.Election(lookup.of(e.head()),
                e.headVotes(), lookup.of(e.deputy()), e.deputyVotes(), e.explanation())).orElse(null);
        return new CycleDetails.Vote(rounds, outcomes, election);
    }

    private CycleDetails.Council council(String key, MergedUnitNames.Lookup lookup) {
        return new CycleDetails.Council(
                council.approvals(key).stream().map(a -> new CycleDetails.Approval(lookup.of(a.unit()), a.title().label(),
                        a.approvals(), a.base(), a.approved(), a.explanation())).toList(),
                council.voters(key),
                council.decision(key).map(d -> new CycleDetails.Decision(d.number(), d.date(), d.signedBy())).orElse(null),
                council.awardsOf(key).stream().map(a -> new CycleDetails.Award(lookup.of(a.unit()), a.title().label(),
                        a.decisionNumber(), a.decisionDate(), a.revoked(), a.revocationReason())).toList());
    }

    /** The latest version of each document in each format. */
    private List<CycleDetails.Document> documents(String key) {
        Map<String, CycleDetails.Document> latest = new LinkedHashMap<>();
        for (StoredDocument d : documents.list(key)) {
            latest.merge(d.kind().slug() + "." + d.format().extension(), new CycleDetails.Document(d.kind().slug(),
                    d.kind().label(), d.version(), d.format().extension(), "/api/cycles/" + key + "/documents/"
                            + d.kind().slug() + "." + d.format().extension() + "?version=" + d.version()),
                    (a, b) -> a.version() >= b.version() ? a : b);
        }
        return List.copyOf(latest.values());
    }

    private static LocalDate day(Instant instant) {
        return instant == null ? null : instant.atZone(EngineClock.VIETNAM).toLocalDate();
    }
}
