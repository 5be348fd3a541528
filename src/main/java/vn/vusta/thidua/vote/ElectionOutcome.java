package vn.vusta.thidua.vote;

/**
 * Next year's head and deputy as elected by plurality, with their votes and a Vietnamese explanation for the minutes.
 * {@code head}/{@code deputy} are {@code null} when nobody eligible received a vote.
 */
public record ElectionOutcome(String head, long headVotes, String deputy, long deputyVotes, String explanation) {
}
