package vn.vusta.thidua.reference;

import java.time.LocalDate;

/** A province's membership in an emulation cluster; {@code validTo} is null while it lasts. */
public record ClusterMembership(int cluster, String provinceCode, LocalDate validFrom, LocalDate validTo, String source) {

    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
