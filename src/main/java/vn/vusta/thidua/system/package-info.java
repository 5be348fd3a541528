/**
 * Cross-cutting configuration: authentication of {@code /engine-rest} and {@code /api}, the current user,
 * the audit trail, JSON errors, and engine plug-ins.
 */
package vn.vusta.thidua.system;
