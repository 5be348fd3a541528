/**
 * thi-dua: the annual emulation-and-commendation cycle of VUSTA's emulation clusters (vocabulary, roles and rules:
 * docs/domain.md). Package by feature: the phases ({@code registration}, {@code midyear}, {@code yearend},
 * {@code vote}, {@code council}: one word per phase in package, {@code cycle.Phase} and process id) depend on
 * {@code cycle}, {@code submission},
 * {@code reference}, {@code rules}, {@code workflow} and {@code engine}, never on each other
 * ({@code architecture.LayeringTest}); {@code documents} and {@code overview} read the phases through their public
 * read methods.
 *
 * <p>Naming a repository (a class that reads and writes a domain table): the plural of what it stores —
 * {@code Cycles}, {@code Registrations}, {@code ProgressReports}, {@code ResultReports}, {@code UnitScores}, {@code Awards},
 * {@code CouncilVotes}, {@code DossierChecks}, {@code Nominations}. A domain word may stand instead where the domain
 * has one ({@code BallotBox}, {@code VoteMinutes}, {@code ProvinceHistory}), or the name of the whole
 * where one class keeps several small tables ({@code ReferenceData}: provinces, clusters, memberships, leaderships).
 */
package vn.vusta.thidua;
