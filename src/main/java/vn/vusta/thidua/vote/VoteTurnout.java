package vn.vusta.thidua.vote;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.vusta.thidua.rules.Title;

/**
 * Who has voted in each round of a cycle's secret ballot, for readers outside this package (the overview): the
 * units that took part, never what they voted.
 */
@Component
public class VoteTurnout {

    /** One round: 1 is the first ballot, later rounds are runoffs for one title. */
    public record Round(int number, Title runoffTitle, List<String> voted) {
    }

    private final BallotBox box;

    VoteTurnout(BallotBox box) {
        this.box = box;
    }

    public List<Round> of(String businessKey) {
        List<BallotBox.Participation> participation = box.participation(businessKey);
        return box.rounds(businessKey).stream().map(r -> new Round(r.number(),
                r.isRunoff() ? r.runoff().title() : null,
                participation.stream().filter(p -> p.round() == r.number()).map(BallotBox.Participation::unit).toList()))
                .toList();
    }
}
