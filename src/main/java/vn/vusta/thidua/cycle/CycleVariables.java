package vn.vusta.thidua.cycle;

/**
 * Names of the process variables of a cycle, in one place. Only references and flow-driving values live in
 * the engine; every business record is in a domain table.
 */
public final class CycleVariables {

    public static final String CLUSTER = "cluster";
    public static final String YEAR = "year";
    public static final String CLUSTER_LABEL = "clusterLabel";
    public static final String MEMBERS = "members";
    public static final String HEAD = "head";
    public static final String DEPUTY = "deputy";
    public static final String HEAD_GROUP = "headGroup";
    public static final String RULES = "rules";
    /** the member unit of one multi-instance branch */
    public static final String UNIT = "unit";

    private CycleVariables() {
    }

    /** e.g. {@code registrationDue}: the deadline of a phase's submissions, a Date. */
    public static String due(Phase phase) {
        return key(phase) + "Due";
    }

    /** e.g. {@code registrationReminder}: when officers who have not submitted are reminded, a Date. */
    public static String reminder(Phase phase) {
        return key(phase) + "Reminder";
    }

    private static String key(Phase phase) {
        return switch (phase) {
            case REGISTRATION -> "registration";
            case MID_YEAR -> "midYear";
            case YEAR_END -> "yearEnd";
            case VOTE -> "vote";
            case COUNCIL -> "dossier";
            default -> throw new IllegalArgumentException("no deadline for " + phase);
        };
    }

    public static String businessKey(int cluster, int year) {
        return "cluster-" + cluster + "-" + year;
    }
}
