package vn.vusta.thidua.reference;

/**
 * A member of VUSTA's Presidium who supervises (phụ trách) a cluster from {@code fromYear} to {@code toYear}
 * (null: until further notice); {@code userId} is the person's Camunda user.
 */
public record ClusterSupervisor(int cluster, String userId, int fromYear, Integer toYear, String name, String source) {

    public boolean supervises(int clusterNumber, int year) {
        return cluster == clusterNumber && year >= fromYear && (toYear == null || year <= toYear);
    }
}
