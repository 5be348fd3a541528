package vn.vusta.thidua.rules;

/** The two rotating roles of a cluster, elected for the next year. */
public enum Role {
    /** Cụm trưởng — cluster head. */
    HEAD("Cụm trưởng"),
    /** Cụm phó — cluster deputy. */
    DEPUTY("Cụm phó");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** The Vietnamese name of the role. */
    public String label() {
        return label;
    }
}
