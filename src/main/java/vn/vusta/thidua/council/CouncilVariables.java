package vn.vusta.thidua.council;

/** Process variables that drive the council's flow (process {@code council}). */
final class CouncilVariables {

    /** "accept" or "return", set when the standing office completes its check */
    static final String DOSSIER_DECISION = "dossierDecision";
    /** why the office returned the dossier to the head */
    static final String DOSSIER_RETURN_REASON = "dossierReturnReason";
    /** what the office named as wrong ({@link DossierSubject}) and, if it concerns one unit, which */
    static final String DOSSIER_RETURN_SUBJECT = "dossierReturnSubject";
    static final String DOSSIER_RETURN_UNIT = "dossierReturnUnit";
    /** what the head re-opens to correct the dossier: "REOPEN_RESULTS", "REOPEN_ACHIEVEMENT", "RECONFIRM_MINUTES", "CORRECTED" */
    static final String CORRECTION_ACTION = "dossierCorrectionAction";
    static final String CORRECTION_UNIT = "dossierCorrectionUnit";
    /** who completed the head's correction, the author of the documents generated again */
    static final String CORRECTED_BY = "dossierCorrectedBy";
    /** how many nominees the cluster proposes; 0 skips the council vote */
    static final String NOMINEE_COUNT = "nomineeCount";
    /** user ids of the council members when the vote opened, and the element variable of one member's task */
    static final String COUNCIL_MEMBERS = "councilMembers";
    static final String COUNCIL_MEMBER = "councilMember";

    static final String ACCEPT = "accept";
    static final String RETURN = "return";

    private CouncilVariables() {
    }
}
