/**
 * Phase 3, year-end summary (tổng kết): each member unit reports its results against its targets and its
 * outstanding achievements; the tally scores every unit with the cycle's score table and ranks the cluster; the
 * head returns one unit's report for correction or accepts the results. Process {@code year-end}.
 * {@link vn.vusta.thidua.yearend.UnitScores} is what the vote reads, as {@code cycle.YearEndScores}. Its share of
 * targets reached is {@code reachedPercent} (docs/domain.md).
 */
package vn.vusta.thidua.yearend;
