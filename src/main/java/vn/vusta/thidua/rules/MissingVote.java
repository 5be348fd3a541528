package vn.vusta.thidua.rules;

/** How the council's tally counts a member who did not vote by the deadline (decision {@code council}). */
public enum MissingVote {
    /** as not approving: the base stays every council member the vote was opened for */
    NOT_APPROVING,
    /** not at all: the base is the members who voted */
    NOT_COUNTED
}
