/**
 * One way to submit a unit's report in a phase (registration, mid-year progress, year-end results): the versioned
 * header-plus-items store ({@link vn.vusta.thidua.submission.VersionedSubmissions}), the unit's report task
 * ({@link vn.vusta.thidua.submission.UnitSubmissionListener}), the head's review that accepts them or returns one
 * unit's ({@link vn.vusta.thidua.submission.HeadReviewListener}) and the phase's part of the results API
 * ({@link vn.vusta.thidua.submission.SubmissionsReport}). A phase keeps only what differs: its fields, its tally, its
 * form. Phases may depend on this package; it knows no phase.
 */
package vn.vusta.thidua.submission;
