/**
 * Phase 2, mid-year review (sơ kết 6 tháng): each member unit reports its progress (0–100 %) on every target it
 * registered; the tally computes each unit's mean progress and share of targets reached, and the cluster's; the cluster head records the review
 * meeting (date, place, remarks). Process {@code mid-year}.
 */
package vn.vusta.thidua.midyear;
