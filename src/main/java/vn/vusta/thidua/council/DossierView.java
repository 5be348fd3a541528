package vn.vusta.thidua.council;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.vusta.thidua.cycle.VoteOutcomes;
import vn.vusta.thidua.reference.Province;
import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.workflow.FormJson;
import vn.vusta.thidua.engine.FormPrefill;

/**
 * What the council's forms show of a cluster's dossier: the proposal (unit, title, votes, reason) written by the
 * nomination vote, the nominees as checklist options, and the election of next year's head and deputy.
 */
@Component
class DossierView {

    static final String PROPOSALS = "proposals";
    static final String NEXT_HEAD = "nextHead";
    static final String NEXT_DEPUTY = "nextDeputy";
    static final String ELECTION_NOTE = "electionNote";
    /** A province's code as the texts of a tally write it: lower-case ASCII words joined by hyphens. */
    private static final Pattern UNIT_CODE = Pattern.compile("\\b[a-z]+(?:-[a-z]+)+\\b");

    private final VoteOutcomes votes;
    private final ReferenceData reference;

    DossierView(VoteOutcomes votes, ReferenceData reference) {
        this.votes = votes;
        this.reference = reference;
    }

    List<Nominee> nominees(String businessKey) {
        return votes.proposals(businessKey).stream().map(p -> new Nominee(p.unit(), p.title())).toList();
    }

    /** The proposal table and the election, for a form that opens ({@link FormPrefill}). */
    Map<String, Object> shown(String businessKey) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(PROPOSALS, FormJson.serialized(proposalRows(businessKey)));
        VoteOutcomes.Leaders election = votes.leaders(businessKey).orElse(null);
        values.put(NEXT_HEAD, election == null ? null : name(election.head()));
        values.put(NEXT_DEPUTY, election == null ? null : name(election.deputy()));
        values.put(ELECTION_NOTE, election == null
                ? "Chưa có kết quả bầu cụm trưởng, cụm phó năm sau" : withNames(election.explanation()));
        return values;
    }

    List<Map<String, Object>> proposalRows(String businessKey) {
        return votes.proposals(businessKey).stream().map(this::row).toList();
    }

    /** Checklist options: label "Vĩnh Long — Cờ thi đua", value {@code vinh-long:FLAG}. */
    List<Map<String, String>> options(List<Nominee> nominees) {
        return nominees.stream().map(n -> Map.of("label", label(n), "value", n.key())).toList();
    }

    String label(Nominee nominee) {
        return name(nominee.unit()) + " — " + nominee.title().label();
    }

    String name(String code) {
        return code == null ? null : reference.province(code).map(Province::name).orElse(code);
    }

    /** A text with the units' names where it has their codes ("vinh-long (4/6 phiếu)" → "Vĩnh Long (4/6 phiếu)"). */
    String withNames(String text) {
        return text == null ? null : UNIT_CODE.matcher(text).replaceAll(code -> Matcher.quoteReplacement(
                reference.province(code.group()).map(Province::name).orElse(code.group())));
    }

    /** A note short enough for a notification (the full text is in the dossier's record). */
    static String excerpt(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 499) + "…";
    }

    private Map<String, Object> row(VoteOutcomes.Proposal outcome) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("unit", name(outcome.unit()));
        row.put("title", outcome.title().label());
        row.put("votes", outcome.votes());
        row.put("reason", outcome.reason());
        return row;
    }
}
