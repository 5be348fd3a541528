package vn.vusta.thidua.cycle;

import java.util.List;

/** The cluster's year-end ranking as the vote reads it; the year-end phase implements it. */
public interface YearEndScores {

    /** Every scored unit of the cycle, best first. */
    List<UnitScore> current(String businessKey);
}
