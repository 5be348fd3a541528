package vn.vusta.thidua.council;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.vusta.thidua.cycle.Cycle;
import vn.vusta.thidua.cycle.Phase;
import vn.vusta.thidua.cycle.PhaseReport;

/**
 * The council phase in the results API: the dossier's checks and corrections, the council's votes per nominee
 * (counts and who — council votes are public, unlike the cluster's secret ballot), the decision, the awards and
 * next year's head and deputy.
 */
@Component
class CouncilReport implements PhaseReport {

    private final DossierChecks checks;
    private final CouncilVotes votes;
    private final Awards awards;

    CouncilReport(DossierChecks checks, CouncilVotes votes, Awards awards) {
        this.checks = checks;
        this.votes = votes;
        this.awards = awards;
    }

    @Override
    public Phase phase() {
        return Phase.COUNCIL;
    }

    @Override
    public Map<String, Object> report(Cycle cycle) {
        String key = cycle.businessKey();
        List<DossierCheck> steps = checks.of(key);
        if (steps.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("checks", steps.stream().map(c -> Map.of("round", c.round(), "step", c.step().name(),
                "outcome", c.outcome().name(), "note", c.note() == null ? "" : c.note(), "by", c.actor(),
                "at", c.occurredAt().toString())).toList());
        report.put("returns", steps.stream().filter(c -> c.outcome() == DossierCheck.Outcome.RETURNED).count());
        List<CouncilBallot> ballots = votes.ballots(key);
        report.put("councilVotes", votes.tally(key).stream().map(t -> nominee(t, ballots)).toList());
        awards.decision(key).ifPresent(d -> {
            report.put("decision", Map.of("number", d.number(), "date", d.date().toString(), "signedBy", d.signedBy(),
                    "signedAt", d.signedAt().toString()));
            Map<String, Object> next = new LinkedHashMap<>();
            next.put("year", d.year() + 1);
            next.put("head", d.nextHead());
            next.put("deputy", d.nextDeputy());
            report.put("nextLeadership", next);
        });
        report.put("awards", awards.ofCycle(key).stream().map(a -> {
            Map<String, Object> award = new LinkedHashMap<>();
            award.put("id", a.id());
            award.put("unit", a.unit());
            award.put("title", a.title().name());
            award.put("decisionNumber", a.decisionNumber());
            award.put("decisionDate", a.decisionDate().toString());
            award.put("status", a.status());
            return award;
        }).toList());
        return report;
    }

    private static Map<String, Object> nominee(CouncilTally t, List<CouncilBallot> ballots) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("unit", t.nominee().unit());
        row.put("title", t.nominee().title().name());
        row.put("approvals", t.approvals());
        row.put("base", t.base());
        row.put("approved", t.approved());
        row.put("explanation", t.explanation());
        row.put("approvedBy", voters(t.nominee(), ballots, true));
        row.put("notApprovedBy", voters(t.nominee(), ballots, false));
        return row;
    }

    private static List<String> voters(Nominee nominee, List<CouncilBallot> ballots, boolean approved) {
        return ballots.stream().filter(b -> b.items().stream()
                .anyMatch(i -> i.nominee().equals(nominee) && i.approved() == approved)).map(CouncilBallot::voter).toList();
    }
}
