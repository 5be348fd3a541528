/**
 * One emulation cycle per cluster and year: opening it (members, head, rules, deadlines), tracking its phase,
 * per-unit status, reminders and escalations, starting next year's cycle, and the results API to which
 * every phase contributes a {@link vn.vusta.thidua.cycle.PhaseReport}.
 */
package vn.vusta.thidua.cycle;
