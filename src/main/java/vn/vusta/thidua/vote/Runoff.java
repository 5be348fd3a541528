package vn.vusta.thidua.vote;

import java.util.List;
import java.util.Objects;

import vn.vusta.thidua.rules.Title;

/** A runoff ballot among the units tied at the quota boundary of a title, for the seats left. */
public record Runoff(Title title, List<String> candidates, int seats) {

    public Runoff {
        Objects.requireNonNull(title, "title");
        candidates = List.copyOf(candidates);
        if (seats < 1 || seats >= candidates.size()) {
            throw new IllegalArgumentException("a runoff fills 1.." + (candidates.size() - 1) + " seats among "
                    + candidates + ", not " + seats);
        }
    }
}
