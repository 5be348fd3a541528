package vn.vusta.thidua.cycle;

import java.util.List;
import java.util.Optional;

import vn.vusta.thidua.rules.Title;

/**
 * What the council reads of the nomination vote, so that it does not depend on the vote phase; the vote implements
 * it.
 */
public interface VoteOutcomes {

    /** A unit the cluster proposes for a title, with its votes ("4/6 phiếu — đạt trên 50 %") and why. */
    record Proposal(String unit, Title title, String votes, String reason) {
    }

    /** Next year's head and deputy ({@code null} when nobody was elected), with the vote's explanation. */
    record Leaders(String head, String deputy, String explanation) {
    }

    /** The proposed units, flag first, best ranked first. */
    List<Proposal> proposals(String businessKey);

    Optional<Leaders> leaders(String businessKey);
}
