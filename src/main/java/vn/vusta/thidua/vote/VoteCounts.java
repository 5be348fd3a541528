package vn.vusta.thidua.vote;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.vusta.thidua.rules.Title;

/** Vote counting shared by the title seats and the election. */
final class VoteCounts {

    private VoteCounts() {
    }

    /** Votes each of {@code units} received for a title on the given ballots. */
    static Map<String, Long> forTitle(List<Ballot> ballots, List<String> units, Title title) {
        Map<String, Long> votes = new LinkedHashMap<>();
        units.forEach(unit -> votes.put(unit,
                ballots.stream().filter(ballot -> ballot.forTitle(title).contains(unit)).count()));
        return votes;
    }

    /** What the threshold is a share of, as the vote rules say. */
    static long base(TallyInput in) {
        return switch (in.rules().denominator()) {
            case ALL_MEMBERS -> in.members().size();
            case PRESENT -> in.present();
            case VALID_BALLOTS -> in.ballots().size();
        };
    }
}
