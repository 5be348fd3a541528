/**
 * Phase 5, council approval (Hội đồng Thi đua – Khen thưởng LHHVN): the standing office checks the cluster's
 * dossier and may return it to the head for correction; every council member votes on each proposed nominee;
 * the approvals are tallied against the council's threshold; the chair signs the award decision, which records
 * the awards against the units and next year's head and deputy. Awards and tallies are never edited afterwards;
 * a revocation is a new, audited record ({@code POST /api/awards/{id}/revoke}). Process {@code council-approval}.
 * It reads the vote's proposals and election as {@code cycle.VoteOutcomes}.
 */
package vn.vusta.thidua.council;
