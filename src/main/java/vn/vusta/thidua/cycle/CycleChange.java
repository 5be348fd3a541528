package vn.vusta.thidua.cycle;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One change of a running cycle's membership or leadership, as recorded (append-only): a unit that left (merged into
 * {@code successor}, or moved out of the cluster) or joined, a head or deputy role passed on, fallen vacant or
 * filled by VUSTA's office.
 */
public record CycleChange(String businessKey, Kind kind, String province, String successor, LocalDate effective,
        String reason, String recordedBy, Instant recordedAt) {

    public enum Kind { UNIT_LEFT, UNIT_JOINED, HEAD, DEPUTY, CARRIED }
}
