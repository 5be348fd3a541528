package vn.vusta.thidua.rules;

/** How many units a cluster may propose for each title this year. */
public record Quotas(int flags, int merits) {

    public Quotas {
        if (flags < 0 || merits < 0) {
            throw new IllegalArgumentException("quotas cannot be negative: " + flags + " flags, " + merits + " merits");
        }
    }

    public int of(Title title) {
        return title == Title.FLAG ? flags : merits;
    }

    /** The same quotas with the seats of one title replaced, e.g. the seats left for a runoff. */
    public Quotas withSeats(Title title, int seats) {
        return title == Title.FLAG ? new Quotas(seats, merits) : new Quotas(flags, seats);
    }
}
