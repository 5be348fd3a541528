/**
 * What every phase's tasks share: reading and validating submitted form values, refusing a bad submission
 * with a clear message per field (the task stays open, nothing is stored), the acting user, and the one clock.
 */
package vn.vusta.thidua.workflow;
