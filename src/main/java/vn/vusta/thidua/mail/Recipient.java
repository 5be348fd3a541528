package vn.vusta.thidua.mail;

/**
 * One person a mail goes to, from the Camunda identity service; {@code group} is the group they were found in
 * ({@code null} when addressed directly). {@code address} is {@code null} for a user without one, or for a group
 * none of whose users has one ({@code userId} then {@code null}).
 */
record Recipient(String userId, String name, String address, String group) {

    static Recipient nobodyIn(String group) {
        return new Recipient(null, null, null, group);
    }

    boolean reachable() {
        return address != null;
    }

    /** Who this is, for sending each person one mail only. */
    String identity() {
        return reachable() ? address.toLowerCase(java.util.Locale.ROOT) : userId != null ? "user:" + userId : "group:" + group;
    }
}
