package vn.vusta.thidua.council;

/** The council's result for one nominee: approvals out of all council members, and whether that is enough. */
public record CouncilTally(Nominee nominee, int approvals, int base, boolean approved, String explanation) {
}
