package vn.vusta.thidua.rules;

/** What a vote threshold is a percentage of. */
public enum Denominator {
    /** All member units of the cluster (or all council members), whether they voted or not. */
    ALL_MEMBERS,
    /** The units that took part in the vote (in person or in writing). */
    PRESENT,
    /** The ballots counted. */
    VALID_BALLOTS
}
