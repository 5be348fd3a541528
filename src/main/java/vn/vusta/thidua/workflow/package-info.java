/**
 * What every phase's tasks share on top of the engine: reading and validating submitted form values
 * ({@link vn.vusta.thidua.workflow.FormValues}: one Vietnamese message per bad field, the task stays open and nothing
 * is stored), the acting user, the JSON forms receive.
 */
package vn.vusta.thidua.workflow;
