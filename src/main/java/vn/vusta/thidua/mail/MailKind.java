package vn.vusta.thidua.mail;

/** Why a mail is sent. */
enum MailKind {
    /** a task for the recipient's unit or for the recipient */
    NEW_TASK,
    /** before the deadline, to a unit that has not submitted */
    REMINDER,
    /** after the deadline, to the late unit and to the cluster head */
    LATE,
    /** after the deadline, to the cluster's supervisor and VUSTA's office */
    ESCALATION,
    /** the council's office returned the dossier to the head */
    DOSSIER_RETURNED,
    /** the chair signed the award decision */
    DECISION_SIGNED
}
