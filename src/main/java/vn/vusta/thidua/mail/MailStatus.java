package vn.vusta.thidua.mail;

/** Where a queued mail stands. */
enum MailStatus {
    /** waiting for its first attempt, or for the next one after a failure ({@code last_error}) */
    PENDING,
    /** claimed by a node that is sending it; taken over by another node once the claim expires */
    SENDING,
    SENT,
    /** every attempt failed; an administrator may retry it */
    FAILED,
    /** the recipient user, or every user of the recipient group, has no e-mail address: kept so the office sees who
     * could not be told */
    NO_ADDRESS
}
