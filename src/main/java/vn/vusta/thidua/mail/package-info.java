/**
 * E-mail that reaches people: a new task for a unit, a reminder before the deadline, the "late" notice to the unit
 * and the head, the escalation to the cluster's supervisor and VUSTA's office, a returned dossier and the signed
 * decision, in Vietnamese (plain text and HTML) with a direct link to the task in Tasklist.
 * <p>
 * Mails are queued in {@code mail_outbox} in the transaction of the event ({@link vn.vusta.thidua.mail.CycleMails}),
 * so they exist exactly when the event committed and never hold up or roll back a person's work. A poller on every
 * node ({@link vn.vusta.thidua.mail.MailPoller}) claims due rows ({@code FOR UPDATE SKIP LOCKED}) and sends them
 * through Spring Mail with retry and backoff ({@link vn.vusta.thidua.mail.MailDispatcher}); administrators and the
 * council's office see and retry failed mails at {@code /api/mail/outbox}. Off unless {@code spring.mail.host} is
 * set; see docs/deployment.md.
 */
package vn.vusta.thidua.mail;
