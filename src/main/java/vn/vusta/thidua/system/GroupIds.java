package vn.vusta.thidua.system;

/** Group ids of the Camunda identity service; one place so that processes, code and docs agree. */
public final class GroupIds {

    public static final String ADMIN = "camunda-admin";
    public static final String COUNCIL_OFFICE = "council-office";
    public static final String COUNCIL = "council";
    public static final String COUNCIL_CHAIR = "council-chair";
    public static final String SUPERVISORS = "cluster-supervisors";
    private static final String PROVINCE_PREFIX = "province-";

    private GroupIds() {
    }

    public static String province(String provinceCode) {
        return PROVINCE_PREFIX + provinceCode;
    }

    public static boolean isProvince(String groupId) {
        return groupId.startsWith(PROVINCE_PREFIX);
    }

    public static String provinceOf(String groupId) {
        return groupId.substring(PROVINCE_PREFIX.length());
    }
}
