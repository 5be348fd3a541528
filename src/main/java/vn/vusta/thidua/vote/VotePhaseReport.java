package vn.vusta.thidua.vote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.vusta.thidua.cycle.Cycle;
import vn.vusta.thidua.cycle.Phase;
import vn.vusta.thidua.cycle.PhaseReport;

/**
 * The vote's part of the results API: per round, which units voted (never what), the outcome per nominee and title
 * with votes, threshold, rank and reason, the election and the confirmed minutes.
 */
@Component
class VotePhaseReport implements PhaseReport {

    private final BallotBox box;
    private final Nominations nominations;
    private final VoteMinutes minutes;

    VotePhaseReport(BallotBox box, Nominations nominations, VoteMinutes minutes) {
        this.box = box;
        this.nominations = nominations;
        this.minutes = minutes;
    }

    @Override
    public Phase phase() {
        return Phase.VOTE;
    }

    @Override
    public Map<String, Object> report(Cycle cycle) {
        List<BallotBox.Round> rounds = box.rounds(cycle.businessKey());
        if (rounds.isEmpty()) {
            return Map.of();
        }
        List<BallotBox.Participation> participation = box.participation(cycle.businessKey());
        List<Map<String, Object>> perRound = new ArrayList<>();
        for (BallotBox.Round round : rounds) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("round", round.number());
            if (round.isRunoff()) {
                row.put("runoffTitle", round.runoff().title().name());
                row.put("candidates", round.runoff().candidates());
                row.put("seats", round.runoff().seats());
            }
            List<Map<String, Object>> units = new ArrayList<>();
            for (String unit : cycle.members()) {
                Map<String, Object> status = new LinkedHashMap<>();
                status.put("unit", unit);
                participation.stream().filter(p -> p.round() == round.number() && p.unit().equals(unit)).findFirst()
                        .ifPresentOrElse(p -> {
                            status.put("voted", true);
                            status.put("late", p.late());
                        }, () -> status.put("voted", false));
                units.add(status);
            }
            row.put("participation", units);
            perRound.add(row);
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("rounds", perRound);
        report.put("outcomes", nominations.all(cycle.businessKey()));
        nominations.election(cycle.businessKey()).ifPresent(e -> report.put("election", e));
        minutes.of(cycle.businessKey()).ifPresent(m -> report.put("minutes", Map.of("meetingDate", m.meetingDate().toString(),
                "place", m.place(), "membersPresent", m.membersPresent(), "confirmedBy", m.confirmedBy(),
                "confirmedAt", m.confirmedAt().toString())));
        return report;
    }
}
