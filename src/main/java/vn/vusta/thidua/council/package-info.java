/**
 * Phase 5, council approval (Hội đồng Thi đua – Khen thưởng LHHVN): the standing office checks the cluster's
 * dossier and may return it to the head, naming what is wrong (the minutes, one unit's figures, one nominee's
 * achievement report); the head re-opens exactly that, the documents are generated again and the office checks again;
 * every council member votes on each proposed nominee; the approvals are tallied against the council's threshold; the
 * chair signs the award decision, which records the awards against the units and next year's head and deputy. Each
 * step has a deadline ({@link vn.vusta.thidua.council.CouncilCalendar}): reminders before it, the tally with the votes
 * cast at the vote's deadline, the office told when the chair has not signed. The nominees' achievement reports
 * (process {@code achievement-report}, started when the vote has decided) belong to the dossier. Awards and tallies
 * are never edited afterwards; a revocation is a new, audited record ({@code POST /api/awards/{id}/revoke}). Process
 * {@code council}. It reads the vote's proposals and election as {@code cycle.VoteOutcomes}.
 */
package vn.vusta.thidua.council;
