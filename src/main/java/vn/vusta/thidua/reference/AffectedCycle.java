package vn.vusta.thidua.reference;

import java.util.List;

/**
 * An opened cycle whose members differ from the reference data after an import: who would join and who would leave
 * if its membership were re-synchronised ({@code sync}: the request that does it). Nothing changes until then.
 */
public record AffectedCycle(String businessKey, int cluster, int year, List<String> joining, List<String> leaving,
        String sync) {
}
