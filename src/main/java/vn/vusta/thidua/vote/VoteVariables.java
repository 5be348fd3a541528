package vn.vusta.thidua.vote;

import java.util.List;

/**
 * Process variables of the nomination vote (process {@code vote}). None of them holds a ballot: the ballot
 * fields are task-local, never recorded in history ({@link BallotSecrecy}) and removed once the ballot is stored.
 */
final class VoteVariables {

    /** the ballot form fields (see {@link Ballot}): secret */
    static final String FLAG = "flag";
    static final String MERIT = "merit";
    static final String NEXT_HEAD = "nextHead";
    static final String NEXT_DEPUTY = "nextDeputy";
    static final List<String> BALLOT_FIELDS = List.of(FLAG, MERIT, NEXT_HEAD, NEXT_DEPUTY);
    /** the user tasks whose submissions are ballots */
    static final List<String> BALLOT_TASKS = List.of("Task_CastBallot", "Task_CastRunoffBallot");

    /** the round being voted, 1 for the first ballot, then one per runoff (Integer) */
    static final String ROUND = "voteRound";
    /** whether the last tally asked for a runoff (Boolean, drives the gateway) */
    static final String RUNOFF_NEEDED = "runoffNeeded";

    /** what the forms show (JSON, public: no ballot content) */
    static final String RANKING = "ranking";
    static final String FLAG_OPTIONS = "flagOptions";
    static final String MERIT_OPTIONS = "meritOptions";
    static final String HEAD_OPTIONS = "headOptions";
    static final String DEPUTY_OPTIONS = "deputyOptions";
    static final String FLAG_QUOTA = "flagQuota";
    static final String MERIT_QUOTA = "meritQuota";
    static final String RUNOFF_TITLE = "runoffTitle";
    static final String RUNOFF_TITLE_LABEL = "runoffTitleLabel";
    static final String RUNOFF_SEATS = "runoffSeats";
    static final String RUNOFF_OPTIONS = "runoffOptions";
    static final String OUTCOMES = "outcomes";
    static final String ELECTION_TEXT = "electionText";

    private VoteVariables() {
    }
}
