/**
 * The national overview ("Tổng quan thi đua", issue 21): every cluster of a year with its phase, deadline and late
 * units; one cycle's timeline, unit statuses, ranking, vote and council outcomes and documents; a unit's history across
 * years (with its predecessors before the 2025 merger); the awards of every year; and the national summary of a year
 * as PDF. JSON under {@code /api/overview}, read through the other features' public read methods and filtered by
 * {@link vn.vusta.thidua.cycle.CycleAccess}; the page itself is {@code /tong-quan/} (static, in
 * {@code src/main/resources/static/tong-quan/}). It never shows a ballot or who voted for whom, only who voted.
 */
package vn.vusta.thidua.overview;
