package vn.vusta.thidua.cycle;

import java.time.Instant;
import java.util.List;

import vn.vusta.thidua.rules.RuleVersions;

/** An opened cycle as recorded in table emulation_cycle. */
public record Cycle(String businessKey, int cluster, int year, String processInstanceId, String head, String deputy,
        List<String> members, RuleVersions rules, Phase phase, Instant openedAt, Instant closedAt) {
}
