package vn.vusta.thidua.vote;

import vn.vusta.thidua.rules.Title;

/**
 * What the vote gave one member unit for one title.
 *
 * @param votes     votes received in the first round
 * @param base      what the threshold is a share of (members, present units or ballots, as the vote rules say)
 * @param threshold e.g. "4/6 phiếu — đạt trên 50 %"
 * @param rank      place among the units that reached the threshold once ties are settled; {@code null} otherwise
 * @param proposed  whether the cluster proposes the unit for the title
 * @param reason    why, in Vietnamese, for the minutes
 */
public record NomineeOutcome(String unit, Title title, long votes, long base, String threshold, Integer rank,
        boolean proposed, String reason) {
}
