package vn.vusta.thidua.vote;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.vusta.thidua.rules.Title;

/**
 * Counts a cluster's nomination vote. Pure: no Spring, no engine; every rule comes in through {@link TallyInput}.
 *
 * <p>Titles are counted from the higher down (Flag, then Certificate of Merit). For each: votes for eligible
 * nominees are counted against the threshold (its base chosen by the vote rules); nominees that reach it take seats
 * by votes, up to the quota. A tie across the quota boundary needs a runoff among the tied units if the rules allow
 * one more; the result then names the {@link Runoff} and neither that title nor the titles after it are final (with
 * one title per unit, a lower title depends on who gets the higher one). After a runoff the tied units are ordered by
 * runoff votes; still tied, the higher year-end score wins. With one title per unit, units proposed for a higher
 * title are left out of the lower ones. The head and deputy are elected in the same pass (see
 * {@link LeaderElection}) and never wait for a runoff.
 */
public class VoteTally {

    public TallyResult tally(TallyInput in) {
        Map<Title, List<NomineeOutcome>> outcomes = new EnumMap<>(Title.class);
        Map<String, Title> proposedSoFar = new HashMap<>();
        Runoff pending = null;
        for (Title title : Title.values()) {
            if (pending != null) {
                outcomes.put(title, SeatAllocation.waitingFor(in, title, pending));
                continue;
            }
            SeatAllocation seats = new SeatAllocation(in, title,
                    in.rules().oneTitlePerUnit() ? Map.copyOf(proposedSoFar) : Map.of());
            List<NomineeOutcome> titleOutcomes = seats.allocate();
            outcomes.put(title, titleOutcomes);
            pending = seats.runoff();
            titleOutcomes.stream().filter(NomineeOutcome::proposed)
                    .forEach(outcome -> proposedSoFar.putIfAbsent(outcome.unit(), title));
        }
        return new TallyResult(outcomes, pending, new LeaderElection(in).elect());
    }
}
