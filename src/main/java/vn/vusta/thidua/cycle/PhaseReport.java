package vn.vusta.thidua.cycle;

import java.util.Map;

/**
 * A phase's part of the results API ({@code GET /api/cycles/{businessKey}}): each phase package provides one
 * bean; the results are assembled in {@link Phase} order. The cluster's ballot is secret: no report may
 * link a unit to what it voted (the council's votes are public and may be shown per member).
 */
public interface PhaseReport {

    Phase phase();

    /** JSON-ready data (maps, lists, records) of this phase for the cycle; empty if the phase has not started. */
    Map<String, Object> report(Cycle cycle);
}
