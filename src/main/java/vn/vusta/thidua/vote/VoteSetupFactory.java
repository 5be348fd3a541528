package vn.vusta.thidua.vote;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.vusta.thidua.cycle.CycleContext;
import vn.vusta.thidua.reference.ProvinceHistory;
import vn.vusta.thidua.reference.ProvinceSuccession;
import vn.vusta.thidua.registration.Registration;
import vn.vusta.thidua.registration.RegistrationRepository;
import vn.vusta.thidua.rules.Quotas;
import vn.vusta.thidua.rules.Role;
import vn.vusta.thidua.rules.RotationVerdict;
import vn.vusta.thidua.rules.RuleBook;
import vn.vusta.thidua.rules.RuleBooks;
import vn.vusta.thidua.rules.Title;
import vn.vusta.thidua.rules.Verdict;
import vn.vusta.thidua.summary.UnitScore;
import vn.vusta.thidua.summary.UnitScores;

/**
 * Asks the cycle's pinned rule versions who may be nominated and elected: eligibility per title from the unit's
 * current registration (registered = aimed for the title) and its year-end score (completion, rank); a unit without
 * a score is not eligible. Head and deputy candidates from the rotation table.
 */
@Component
class VoteSetupFactory {

    static final String NO_SCORE = "chưa có điểm tổng kết";
    private static final int RECENT_SETUPS = 256;

    private final RuleBooks ruleBooks;
    private final RegistrationRepository registrations;
    private final UnitScores scores;
    private final ProvinceHistory history;

    /**
     * The answers depend only on these inputs (a deployed decision definition never changes), and a vote asks the
     * same question at every ballot's creation and submission: the last answers are kept instead of evaluating some
     * thirty decisions each time.
     */
    private final Map<Inputs, VoteSetup> recent = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Inputs, VoteSetup> eldest) {
            return size() > RECENT_SETUPS;
        }
    });

    private record Inputs(CycleContext cycle, List<UnitScore> scores, List<Registration> registrations) {
    }

    VoteSetupFactory(RuleBooks ruleBooks, RegistrationRepository registrations, UnitScores scores,
            ProvinceHistory history) {
        this.ruleBooks = ruleBooks;
        this.history = history;
        this.registrations = registrations;
        this.scores = scores;
    }

    VoteSetup of(CycleContext cycle) {
        Inputs inputs = new Inputs(cycle, scores.current(cycle.businessKey()), registrations.allLatest(cycle.businessKey()));
        VoteSetup known = recent.get(inputs);
        if (known != null) {
            return known;
        }
        VoteSetup setup = evaluate(inputs);
        recent.put(inputs, setup);
        return setup;
    }

    private VoteSetup evaluate(Inputs inputs) {
        CycleContext cycle = inputs.cycle();
        List<UnitScore> current = inputs.scores();
        List<Registration> registered = inputs.registrations();
        RuleBook rules = ruleBooks.forVersions(cycle.rules());
        int memberCount = cycle.members().size();
        Quotas quotas = rules.quotas(cycle.cluster(), cycle.year(), memberCount);
        Map<String, Map<Title, Verdict>> eligibility = new LinkedHashMap<>();
        Map<String, Map<Role, RotationVerdict>> rotation = new LinkedHashMap<>();
        for (String unit : cycle.members()) {
            Optional<UnitScore> score = current.stream().filter(s -> s.province().equals(unit)).findFirst();
            Optional<Registration> registration = registered.stream().filter(r -> r.province().equals(unit)).findFirst();
            Map<Title, Verdict> verdicts = new EnumMap<>(Title.class);
            for (Title title : Title.values()) {
                boolean aimed = registration.map(r -> title == Title.FLAG ? r.aimFlag() : r.aimMerit()).orElse(false);
                verdicts.put(title, quotas.of(title) == 0 ? noQuota(title, memberCount)
                        : score.isEmpty() ? new Verdict(false, NO_SCORE)
                        : rules.eligibility(cycle.cluster(), cycle.year(), title, aimed, score.get().completionPercent(),
                                score.get().rank(), memberCount));
            }
            eligibility.put(unit, verdicts);
            Map<Role, RotationVerdict> roles = new EnumMap<>(Role.class);
            Optional<ProvinceSuccession> gone = history.absorbedOn(unit, LocalDate.of(cycle.year() + 1, 1, 1));
            for (Role role : Role.values()) {
                roles.put(role, gone.isPresent() ? notNextYear(gone.get())
                        : rules.rotation(cycle.cluster(), cycle.year(), role, unit.equals(cycle.head()),
                                unit.equals(cycle.deputy())));
            }
            rotation.put(unit, roles);
        }
        return new VoteSetup(cycle, current, eligibility, rotation, quotas, rules.voteRules(cycle.cluster(), cycle.year()),
                rules);
    }

    /** Next year's head and deputy must exist next year: a unit merged away by 1 January is never on the ballot. */
    private static RotationVerdict notNextYear(ProvinceSuccession merged) {
        return new RotationVerdict(false, false, "sáp nhập vào " + merged.successorCode() + " từ " + merged.effective()
                + ": không còn là đơn vị năm sau");
    }

    /** A title the cluster has no quota for (a small cluster after the merger, DMN {@code quotas}): nobody is offered. */
    private static Verdict noQuota(Title title, int memberCount) {
        return new Verdict(false, "cụm có " + memberCount + " thành viên: không có chỉ tiêu " + title.label());
    }
}
