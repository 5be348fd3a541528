package vn.vusta.thidua.reference;

import java.util.List;

/**
 * What an accepted import did: lines read and records inserted or changed; for cluster memberships also the current
 * units left out of every cluster ({@code warnings}) and the opened cycles whose members now differ.
 */
public record ImportSummary(ReferenceKind kind, int lines, int changed, List<String> warnings,
        List<AffectedCycle> affectedCycles) {

    public ImportSummary(ReferenceKind kind, int lines, int changed) {
        this(kind, lines, changed, null, null);
    }
}
