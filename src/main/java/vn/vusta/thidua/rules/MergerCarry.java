package vn.vusta.thidua.rules;

/** How the submissions of a unit merged away during the year count for its successor (DMN {@code merger}). */
public enum MergerCarry {
    /** The parts' targets, progress and results are added to the successor's (a new version of its submission). */
    SUM_OF_PARTS,
    /** Only the successor's own figures count; the parts' stay on record. */
    SUCCESSOR_OWN
}
