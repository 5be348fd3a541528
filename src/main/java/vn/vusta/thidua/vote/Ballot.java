package vn.vusta.thidua.vote;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import vn.vusta.thidua.rules.Title;

/**
 * One anonymous ballot of the nomination vote: the units proposed for the Flag ({@code flag}) and the Certificate of
 * Merit ({@code merit}), and the units chosen as next year's head ({@code nextHead}) and deputy ({@code nextDeputy}).
 * These four names are the ballot form's field keys. Empty sets are abstentions; {@code null} sets become empty.
 */
public record Ballot(Set<String> flag, Set<String> merit, String nextHead, String nextDeputy) {

    public Ballot {
        flag = copy(flag);
        merit = copy(merit);
    }

    /** The units this ballot proposes for a title. */
    public Set<String> forTitle(Title title) {
        return title == Title.FLAG ? flag : merit;
    }

    /** The ballot form field that holds a title's choices: {@code flag} or {@code merit}. */
    public static String fieldOf(Title title) {
        return title == Title.FLAG ? "flag" : "merit";
    }

    private static Set<String> copy(Collection<String> units) {
        return units == null ? Set.of() : Set.copyOf(new LinkedHashSet<>(units));
    }
}
