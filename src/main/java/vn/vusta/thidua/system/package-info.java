/**
 * Cross-cutting web configuration: authentication of {@code /engine-rest} and {@code /api} (with remembered HTTP
 * Basic logins and the session's CSRF token), the current user, the audit trail, JSON errors of both APIs, the
 * start-up gate. What changes the engine itself is in {@link vn.vusta.thidua.engine}.
 */
package vn.vusta.thidua.system;
