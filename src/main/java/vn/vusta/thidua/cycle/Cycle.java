package vn.vusta.thidua.cycle;

import java.time.Instant;
import java.util.List;

import vn.vusta.thidua.rules.RuleVersions;

/**
 * An opened cycle as recorded in table emulation_cycle. A cancelled cycle keeps its row and records under its own
 * business key; the cluster-year may then be opened again under a new key ({@code cluster-8-2026-lan-2}).
 */
public record Cycle(String businessKey, int cluster, int year, String processInstanceId, String head, String deputy,
        List<String> members, RuleVersions rules, Phase phase, Instant openedAt, Instant closedAt,
        Cancellation cancellation) {

    /** Who cancelled the cycle, when and why. */
    public record Cancellation(Instant at, String by, String reason) {
    }

    public enum Status { RUNNING, DONE, CANCELLED }

    public Status status() {
        return cancellation != null ? Status.CANCELLED : closedAt != null ? Status.DONE : Status.RUNNING;
    }

    public boolean running() {
        return status() == Status.RUNNING;
    }
}
