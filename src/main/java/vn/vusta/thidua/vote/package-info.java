/**
 * Phase 4, the nomination vote (bình xét, suy tôn): at the year-end meeting the members vote by secret ballot on whom
 * to propose for the Emulation Flag and the Certificate of Merit and elect next year's head and deputy; ties at a
 * quota boundary go to a runoff; the head confirms the minutes and the dossier goes to VUSTA. Process
 * {@code vote}.
 *
 * <p>Secrecy: a ballot is stored without any link to its voter ({@code ballot}: random id, round, day); participation
 * is recorded apart ({@code vote_participation}, one row per unit and round). The ballot fields ({@code flag},
 * {@code merit}, {@code nextHead}, {@code nextDeputy}) are local to the unit's task, removed once stored, and never
 * reach history ({@link vn.vusta.thidua.vote.BallotSecrecy}).
 *
 * <p>The tally: {@link vn.vusta.thidua.vote.VoteTally} is the pure count, from a {@code TallyInput} to a
 * {@code TallyResult}; it uses {@code VoteCounts} (counting ballots), {@code SeatAllocation} (one title's seats, ties,
 * runoffs), {@code LeaderElection} (next year's head and deputy) and {@code NomineeReasons} (the Vietnamese reasons).
 * {@code TallyVotesDelegate} is the model's service task that runs it on the stored ballots.
 */
package vn.vusta.thidua.vote;
