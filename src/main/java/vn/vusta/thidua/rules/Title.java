package vn.vusta.thidua.rules;

/** The two titles a cluster proposes to VUSTA, the higher first. */
public enum Title {
    /** Cờ thi đua — the Emulation Flag, the higher title. */
    FLAG("Cờ thi đua"),
    /** Bằng khen — the Certificate of Merit. */
    MERIT("Bằng khen");

    private final String label;

    Title(String label) {
        this.label = label;
    }

    /** The Vietnamese name of the title, as printed in minutes and proposals. */
    public String label() {
        return label;
    }
}
