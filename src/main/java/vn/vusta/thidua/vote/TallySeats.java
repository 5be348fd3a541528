package vn.vusta.thidua.vote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.vusta.thidua.rules.Threshold;
import vn.vusta.thidua.rules.Title;
import vn.vusta.thidua.rules.Verdict;

/**
 * Allocates the seats of one title: eligible nominees that reach the threshold take seats by votes up to the quota;
 * a tie across the quota boundary goes to a runoff (if the rules allow another one), then to the year-end score.
 */
final class TallySeats {

    private final TallyInput in;
    private final Title title;
    private final Map<String, Title> proposedForHigherTitle;
    private final Map<String, Long> votes;
    private final long base;
    private final Threshold threshold;

    private final Map<String, String> reasons = new HashMap<>();
    private final Set<String> seated = new HashSet<>();
    private final List<String> ranked = new ArrayList<>();
    private Runoff runoff;

    TallySeats(TallyInput in, Title title, Map<String, Title> proposedForHigherTitle) {
        this.in = in;
        this.title = title;
        this.proposedForHigherTitle = proposedForHigherTitle;
        this.votes = TallyVotes.forTitle(in.ballots(), in.members(), title);
        this.base = TallyVotes.base(in);
        this.threshold = in.rules().threshold();
    }

    /** Outcomes for a title that waits for the runoff of a higher title: nothing is decided yet. */
    static List<NomineeOutcome> waitingFor(TallyInput in, Title title, Runoff pending) {
        TallySeats seats = new TallySeats(in, title, Map.of());
        for (String unit : in.members()) {
            Verdict verdict = in.eligibilityOf(unit, title);
            seats.reasons.put(unit, verdict != null && verdict.allowed() ? TallyReasons.waitingForRunoff(pending.title())
                    : verdict == null ? TallyReasons.NOT_ASSESSED : verdict.reason());
        }
        return seats.outcomes();
    }

    /** Counts the title and returns one outcome per member, ranked units first. */
    List<NomineeOutcome> allocate() {
        List<String> contenders = new ArrayList<>();
        for (String unit : in.members()) {
            Verdict verdict = in.eligibilityOf(unit, title);
            if (verdict == null) {
                reasons.put(unit, TallyReasons.NOT_ASSESSED);
            } else if (!verdict.allowed()) {
                reasons.put(unit, verdict.reason());
            } else if (proposedForHigherTitle.containsKey(unit)) {
                reasons.put(unit, TallyReasons.alreadyProposed(proposedForHigherTitle.get(unit)));
            } else if (!threshold.reachedBy(votes.get(unit), base)) {
                reasons.put(unit, TallyReasons.NOT_REACHED);
            } else {
                contenders.add(unit);
            }
        }
        seat(contenders);
        return outcomes();
    }

    /** The runoff this title needs, or {@code null}. */
    Runoff runoff() {
        return runoff;
    }

    private void seat(List<String> contenders) {
        int quota = in.quotas().of(title);
        List<String> byVotes = mostFirst(contenders, votes);
        if (quota == 0) {
            byVotes.forEach(unit -> reasons.put(unit, TallyReasons.overQuota(0, title)));
            ranked.addAll(byVotes);
            return;
        }
        if (byVotes.size() <= quota) {
            byVotes.forEach(unit -> take(unit, TallyReasons.IN_QUOTA));
            return;
        }
        long boundary = votes.get(byVotes.get(quota - 1));
        List<String> above = byVotes.stream().filter(unit -> votes.get(unit) > boundary).toList();
        List<String> tied = byVotes.stream().filter(unit -> votes.get(unit) == boundary).toList();
        List<String> below = byVotes.stream().filter(unit -> votes.get(unit) < boundary).toList();
        above.forEach(unit -> take(unit, TallyReasons.IN_QUOTA));
        int seatsLeft = quota - above.size();
        if (tied.size() <= seatsLeft) {
            tied.forEach(unit -> take(unit, TallyReasons.IN_QUOTA));
        } else {
            settleTie(tied, seatsLeft, 0);
        }
        below.forEach(unit -> reasons.put(unit, TallyReasons.overQuota(quota, title)));
        if (runoff == null) {
            ranked.addAll(below);
        }
    }

    private void settleTie(List<String> tied, int seatsLeft, int runoffsHeld) {
        List<TallyInput.RunoffRound> held = in.runoffsFor(title);
        if (runoffsHeld < held.size()) {
            settleByRunoff(held.get(runoffsHeld), tied, seatsLeft, runoffsHeld);
        } else if (runoffsHeld < in.rules().runoffRounds()) {
            runoff = new Runoff(title, tied, seatsLeft);
            tied.forEach(unit -> reasons.put(unit, TallyReasons.RUNOFF_NEEDED));
        } else {
            settleByScore(tied, seatsLeft, runoffsHeld);
        }
    }

    private void settleByRunoff(TallyInput.RunoffRound round, List<String> tied, int seatsLeft, int runoffsHeld) {
        requireHeldFor(round.runoff(), tied, seatsLeft);
        Map<String, Long> runoffVotes = TallyVotes.forTitle(round.ballots(), tied, title);
        List<String> byVotes = mostFirst(tied, runoffVotes);
        long boundary = runoffVotes.get(byVotes.get(seatsLeft - 1));
        List<String> winners = byVotes.stream().filter(unit -> runoffVotes.get(unit) > boundary).toList();
        List<String> stillTied = byVotes.stream().filter(unit -> runoffVotes.get(unit) == boundary).toList();
        List<String> losers = byVotes.stream().filter(unit -> runoffVotes.get(unit) < boundary).toList();
        winners.forEach(unit -> take(unit, TallyReasons.wonRunoff(runoffVotes.get(unit))));
        int left = seatsLeft - winners.size();
        if (stillTied.size() <= left) {
            stillTied.forEach(unit -> take(unit, TallyReasons.wonRunoff(runoffVotes.get(unit))));
        } else {
            settleTie(stillTied, left, runoffsHeld + 1);
        }
        losers.forEach(unit -> reasons.put(unit, TallyReasons.lostRunoff(runoffVotes.get(unit))));
        if (runoff == null) {
            ranked.addAll(losers);
        }
    }

    private void settleByScore(List<String> tied, int seatsLeft, int runoffsHeld) {
        List<String> byScore = tied.stream().sorted(Comparator.comparing(in::scoreOf).reversed()).toList();
        boolean equalAtBoundary = in.scoreOf(byScore.get(seatsLeft - 1)).compareTo(in.scoreOf(byScore.get(seatsLeft))) == 0;
        for (int i = 0; i < byScore.size(); i++) {
            String unit = byScore.get(i);
            boolean equal = equalAtBoundary && in.scoreOf(unit).compareTo(in.scoreOf(byScore.get(seatsLeft))) == 0;
            String reason = TallyReasons.scoreDecided(runoffsHeld, i < seatsLeft, equal);
            if (i < seatsLeft) {
                take(unit, reason);
            } else {
                reasons.put(unit, reason);
                ranked.add(unit);
            }
        }
    }

    private void requireHeldFor(Runoff held, List<String> tied, int seatsLeft) {
        if (!new HashSet<>(held.candidates()).equals(new HashSet<>(tied)) || held.seats() != seatsLeft) {
            throw new IllegalStateException("The runoff held for " + title + " was among " + held.candidates()
                    + " for " + held.seats() + " seat(s), but the tie to settle is among " + tied + " for "
                    + seatsLeft + " seat(s)");
        }
    }

    private void take(String unit, String reason) {
        seated.add(unit);
        ranked.add(unit);
        reasons.put(unit, reason);
    }

    private List<NomineeOutcome> outcomes() {
        Map<String, Integer> rankOf = new LinkedHashMap<>();
        ranked.forEach(unit -> rankOf.put(unit, rankOf.size() + 1));
        List<String> order = new ArrayList<>(rankOf.keySet());
        mostFirst(in.members(), votes).stream().filter(unit -> !rankOf.containsKey(unit)).forEach(order::add);
        boolean decided = runoff == null;
        return order.stream().map(unit -> new NomineeOutcome(unit, title, votes.get(unit), base,
                threshold.explain(votes.get(unit), base), rankOf.get(unit), decided && seated.contains(unit),
                !decided && seated.contains(unit) ? TallyReasons.IN_QUOTA_WAITING : reasons.get(unit))).toList();
    }

    /** Most votes first; equal votes keep the given (member list) order. */
    private static List<String> mostFirst(List<String> units, Map<String, Long> votes) {
        return units.stream().sorted(Comparator.comparing((String unit) -> votes.get(unit)).reversed()).toList();
    }
}
