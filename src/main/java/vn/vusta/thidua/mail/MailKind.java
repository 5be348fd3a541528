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
    /** after its deadline, the head or VUSTA's office closed the phase for a unit without its submission */
    UNIT_CLOSED,
    /** the head gave a unit its own deadline */
    DEADLINE_EXTENDED,
    /** the council's office returned the dossier to the head */
    DOSSIER_RETURNED,
    /** the chair signed the award decision */
    DECISION_SIGNED
}
