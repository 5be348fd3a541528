package vn.vusta.thidua.vote;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.vusta.thidua.rules.Title;

/**
 * The outcome of a nomination vote: per title, one {@link NomineeOutcome} for every member (ranked units first);
 * the runoff still needed, if any (then that title and the titles after it are not final and propose nobody yet);
 * and the election of next year's head and deputy, which never waits for a runoff.
 */
public record TallyResult(Map<Title, List<NomineeOutcome>> outcomes, Runoff runoff, ElectionOutcome election) {

    public TallyResult {
        Map<Title, List<NomineeOutcome>> copy = new EnumMap<>(Title.class);
        outcomes.forEach((title, list) -> copy.put(title, List.copyOf(list)));
        outcomes = Map.copyOf(copy);
    }

    public List<NomineeOutcome> outcomes(Title title) {
        return outcomes.getOrDefault(title, List.of());
    }

    /** The units proposed for a title, best first; empty while a runoff for it (or a higher title) is pending. */
    public List<String> proposed(Title title) {
        return outcomes(title).stream().filter(NomineeOutcome::proposed).map(NomineeOutcome::unit).toList();
    }

    /** The outcome of one unit for one title. */
    public NomineeOutcome outcomeOf(String unit, Title title) {
        return outcomes(title).stream().filter(o -> o.unit().equals(unit)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(unit + " is not a member"));
    }

    public Optional<Runoff> runoffNeeded() {
        return Optional.ofNullable(runoff);
    }

    /** True when no runoff is pending: the proposals are final. */
    public boolean isFinal() {
        return runoff == null;
    }
}
