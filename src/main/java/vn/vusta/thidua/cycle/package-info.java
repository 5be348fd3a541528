/**
 * One emulation cycle per cluster and year: opening it (members, head, rules, deadlines), tracking its phase,
 * per-unit status, reminders and escalations (also of the head's tasks), a late unit closed or given its own
 * deadline by the head ({@link vn.vusta.thidua.cycle.UnitDeadlines}, process {@code unit-deadline}), starting next
 * year's cycle, and the results API to which every phase contributes a {@link vn.vusta.thidua.cycle.PhaseReport}.
 */
package vn.vusta.thidua.cycle;
