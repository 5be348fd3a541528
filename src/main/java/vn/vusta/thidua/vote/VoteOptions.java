package vn.vusta.thidua.vote;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.vusta.thidua.reference.Province;
import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.rules.Role;
import vn.vusta.thidua.rules.RotationVerdict;
import vn.vusta.thidua.rules.Title;
import vn.vusta.thidua.rules.Verdict;
import vn.vusta.thidua.cycle.UnitScore;
import vn.vusta.thidua.workflow.FormNumber;

/** What the ballot forms show: options lists (label = province name and why) and the year-end ranking table. */
@Component
class VoteOptions {

    private final ReferenceData reference;

    VoteOptions(ReferenceData reference) {
        this.reference = reference;
    }

    /** Options of a {@code select} or {@code checklist} ({@code valuesKey}): the units, labelled. */
    List<Map<String, String>> units(Collection<String> units, VoteSetup setup) {
        return units.stream().map(unit -> Map.of("label", label(unit, setup), "value", unit)).toList();
    }

    /** Options for a role: the default candidate (e.g. the outgoing deputy, for head) is marked. */
    List<Map<String, String>> candidates(Role role, VoteSetup setup) {
        return setup.electableAs(role).stream().map(unit -> {
            RotationVerdict verdict = setup.rotation().get(unit).get(role);
            return Map.of("label", name(unit) + (verdict.defaultCandidate() ? " — ứng viên mặc định" : ""), "value", unit);
        }).toList();
    }

    /** The read-only year-end ranking with every member's eligibility, best ranked first. */
    List<Map<String, Object>> ranking(VoteSetup setup) {
        List<String> order = new java.util.ArrayList<>(setup.scores().stream().map(UnitScore::province)
                .filter(setup.members()::contains).toList());
        setup.members().stream().filter(unit -> !order.contains(unit)).forEach(order::add);
        return order.stream().map(unit -> {
            UnitScore score = setup.scoreOf(unit);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("rank", score == null ? "—" : String.valueOf(score.rank()));
            row.put("unit", name(unit));
            row.put("score", score == null ? "—" : FormNumber.shown(score.score()));
            row.put("completion", score == null ? "—" : FormNumber.shown(score.reachedPercent()) + " %");
            row.put("flag", verdict(setup.eligibility().get(unit).get(Title.FLAG)));
            row.put("merit", verdict(setup.eligibility().get(unit).get(Title.MERIT)));
            RotationVerdict head = setup.rotation().get(unit).get(Role.HEAD);
            row.put("head", head.eligible() ? "có thể bầu" : head.reason());
            return row;
        }).toList();
    }

    String name(String unit) {
        return reference.province(unit).map(Province::name).orElse(unit);
    }

    private String label(String unit, VoteSetup setup) {
        UnitScore score = setup.scoreOf(unit);
        return score == null ? name(unit) : name(unit) + " (hạng " + score.rank() + ", " + FormNumber.shown(score.score()) + " điểm)";
    }

    private static String verdict(Verdict verdict) {
        return verdict.allowed() ? "đủ điều kiện" : verdict.reason();
    }
}
