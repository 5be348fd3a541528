package vn.vusta.thidua.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import vn.vusta.thidua.rules.FieldResult;
import vn.vusta.thidua.rules.Role;
import vn.vusta.thidua.rules.RuleBook;
import vn.vusta.thidua.rules.Title;
import vn.vusta.thidua.rules.Verdict;
import vn.vusta.thidua.rules.YearEndScore;

/**
 * Reproduces the two published outcomes of docs/domain.md end to end with the shipped rule tables: year-end results →
 * scores and ranks → eligibility → validated ballots → tally. The results and ballots are plausible, not published.
 */
class VoteTallyPublishedOutcomesTest {

    private static final RuleBook RULES = RuleBook.standalone();
    private final BallotValidator validator = new BallotValidator();
    private final VoteTally tally = new VoteTally();

    /** One unit's year: its result per field (all targets 10) and the titles it registered for. */
    private record UnitYear(BigDecimal resultPerField, Set<Title> registered) {
        static UnitYear of(String result, Title... registered) {
            return new UnitYear(new BigDecimal(result), Set.of(registered));
        }
    }

    /** A cluster-year: members in order, their results, this year's head and deputy, and the ballots by voter. */
    private record ClusterYear(int cluster, int year, Map<String, UnitYear> units, String head, String deputy) {
        List<String> members() {
            return List.copyOf(units.keySet());
        }
    }

    @Test
    void shouldReproduceCluster8In2024FlagVinhLongMeritDongThapHeadDongThapDeputyAnGiang() {
        Map<String, UnitYear> units = new LinkedHashMap<>();
        units.put("ben-tre", UnitYear.of("10.5", Title.MERIT));
        units.put("vinh-long", UnitYear.of("11.8", Title.FLAG, Title.MERIT));
        units.put("tien-giang", UnitYear.of("10.2", Title.MERIT));
        units.put("dong-thap", UnitYear.of("11.2", Title.FLAG, Title.MERIT));
        units.put("an-giang", UnitYear.of("10.8", Title.MERIT));
        units.put("tra-vinh", UnitYear.of("9.6", Title.MERIT));
        ClusterYear year = new ClusterYear(8, 2024, units, "vinh-long", "dong-thap");
        Map<String, Ballot> ballots = new LinkedHashMap<>();
        ballots.put("ben-tre", ballot(Set.of("vinh-long"), Set.of("dong-thap"), "dong-thap", "an-giang"));
        ballots.put("vinh-long", ballot(Set.of("dong-thap"), Set.of("an-giang"), "dong-thap", "an-giang"));
        ballots.put("tien-giang", ballot(Set.of("vinh-long"), Set.of("dong-thap"), "dong-thap", "an-giang"));
        ballots.put("dong-thap", ballot(Set.of("vinh-long"), Set.of("an-giang"), "an-giang", "tien-giang"));
        ballots.put("an-giang", ballot(Set.of("vinh-long"), Set.of("dong-thap"), "dong-thap", "ben-tre"));
        ballots.put("tra-vinh", ballot(Set.of("vinh-long"), Set.of("dong-thap"), "dong-thap", "an-giang"));

        TallyResult result = tallyValidated(year, ballots);

        assertThat(result.isFinal()).isTrue();
        assertThat(result.proposed(Title.FLAG)).containsExactly("vinh-long");
        assertThat(result.outcomeOf("vinh-long", Title.FLAG).threshold()).isEqualTo("5/6 phiếu — đạt trên 50 %");
        assertThat(result.proposed(Title.MERIT)).containsExactly("dong-thap");
        assertThat(result.outcomeOf("dong-thap", Title.MERIT).threshold()).isEqualTo("4/6 phiếu — đạt trên 50 %");
        assertThat(result.outcomeOf("an-giang", Title.MERIT).threshold()).isEqualTo("2/6 phiếu — không đạt trên 50 %");
        assertThat(result.outcomeOf("tra-vinh", Title.MERIT).reason()).isEqualTo("chưa hoàn thành 100 % chỉ tiêu");
        assertThat(result.election().head()).isEqualTo("dong-thap");
        assertThat(result.election().headVotes()).isEqualTo(5);
        assertThat(result.election().deputy()).isEqualTo("an-giang");
        assertThat(result.election().explanation())
                .isEqualTo("Cụm trưởng năm sau: dong-thap (5/6 phiếu). Cụm phó năm sau: an-giang (4/6 phiếu).");
    }

    @Test
    void shouldReproduceCluster3In2023FlagsSonLaAndHoaBinhHeadLaoCaiDeputyYenBai() {
        Map<String, UnitYear> units = new LinkedHashMap<>();
        units.put("son-la", UnitYear.of("11.9", Title.FLAG, Title.MERIT));
        units.put("dien-bien", UnitYear.of("10.4", Title.MERIT));
        units.put("lai-chau", UnitYear.of("10.1", Title.MERIT));
        units.put("lao-cai", UnitYear.of("11.0", Title.FLAG, Title.MERIT));
        units.put("yen-bai", UnitYear.of("10.3", Title.MERIT));
        units.put("vinh-phuc", UnitYear.of("10.6", Title.MERIT));
        units.put("phu-tho", UnitYear.of("10.9", Title.FLAG, Title.MERIT));
        units.put("hoa-binh", UnitYear.of("11.4", Title.FLAG, Title.MERIT));
        ClusterYear year = new ClusterYear(3, 2023, units, "son-la", null);
        Map<String, Ballot> ballots = new LinkedHashMap<>();
        ballots.put("son-la", ballot(Set.of("hoa-binh", "lao-cai"), Set.of("phu-tho", "vinh-phuc"), "lao-cai", "yen-bai"));
        ballots.put("dien-bien", ballot(Set.of("son-la", "hoa-binh"), Set.of("lao-cai", "phu-tho"), "lao-cai", "yen-bai"));
        ballots.put("lai-chau", ballot(Set.of("son-la", "hoa-binh"), Set.of("lao-cai", "vinh-phuc"), "lao-cai", "yen-bai"));
        ballots.put("lao-cai", ballot(Set.of("son-la", "hoa-binh"), Set.of("phu-tho", "yen-bai"), "yen-bai", "vinh-phuc"));
        ballots.put("yen-bai", ballot(Set.of("son-la", "lao-cai"), Set.of("phu-tho", "vinh-phuc"), "lao-cai", "dien-bien"));
        ballots.put("vinh-phuc", ballot(Set.of("son-la", "hoa-binh"), Set.of("lao-cai", "phu-tho"), "lao-cai", "yen-bai"));
        ballots.put("phu-tho", ballot(Set.of("son-la", "hoa-binh"), Set.of("lao-cai", "vinh-phuc"), "lao-cai", "yen-bai"));
        ballots.put("hoa-binh", ballot(Set.of("son-la", "lao-cai"), Set.of("phu-tho", "vinh-phuc"), "lao-cai", "yen-bai"));

        TallyResult result = tallyValidated(year, ballots);

        assertThat(result.isFinal()).isTrue();
        assertThat(result.proposed(Title.FLAG)).containsExactly("son-la", "hoa-binh");
        assertThat(result.outcomeOf("lao-cai", Title.FLAG).threshold()).isEqualTo("3/8 phiếu — không đạt trên 50 %");
        assertThat(result.proposed(Title.MERIT)).containsExactly("phu-tho", "vinh-phuc");
        assertThat(result.proposed(Title.MERIT)).doesNotContain("son-la", "hoa-binh");
        assertThat(result.election().head()).isEqualTo("lao-cai");
        assertThat(result.election().headVotes()).isEqualTo(7);
        assertThat(result.election().deputy()).isEqualTo("yen-bai");
        assertThat(result.election().deputyVotes()).isEqualTo(6);
    }

    // ---- the cycle up to the vote, with the shipped rule tables

    private TallyResult tallyValidated(ClusterYear year, Map<String, Ballot> ballotsByVoter) {
        Map<String, BigDecimal> scores = scores(year);
        Map<String, Map<Title, Verdict>> eligibility = eligibility(year, scores);
        BallotContext context = BallotContext.firstRound(year.members(), eligibleFor(Title.FLAG, eligibility),
                eligibleFor(Title.MERIT, eligibility), eligibleForHead(year), RULES.quotas(year.cluster(), year.year(),
                        year.members().size()), RULES.voteRules(year.cluster(), year.year()));
        ballotsByVoter.forEach((voter, ballot) ->
                assertThat(validator.validate(voter, ballot, context)).as("ballot of " + voter).isEmpty());
        return tally.tally(TallyInput.builder()
                .members(year.members())
                .ballots(List.copyOf(ballotsByVoter.values()))
                .eligibility(eligibility)
                .scores(scores)
                .quotas(context.quotas())
                .rules(context.rules())
                .outgoing(year.head(), year.deputy())
                .rotation((role, head, deputy) -> RULES.rotation(year.cluster(), year.year(), role, head, deputy))
                .build());
    }

    private static Map<String, BigDecimal> scores(ClusterYear year) {
        Map<String, BigDecimal> scores = new HashMap<>();
        year.units().forEach((unit, results) -> {
            List<FieldResult> fields = IntStream.rangeClosed(1, 8)
                    .mapToObj(field -> new FieldResult(field, BigDecimal.TEN, results.resultPerField())).toList();
            YearEndScore score = RULES.score(year.cluster(), year.year(), fields);
            scores.put(unit, score.total());
        });
        return scores;
    }

    private static Map<String, Map<Title, Verdict>> eligibility(ClusterYear year, Map<String, BigDecimal> scores) {
        List<String> byScore = year.members().stream()
                .sorted(Comparator.comparing(scores::get).reversed()).toList();
        Map<String, Map<Title, Verdict>> eligibility = new HashMap<>();
        year.units().forEach((unit, results) -> {
            boolean allTargets = results.resultPerField().compareTo(BigDecimal.TEN) >= 0;
            BigDecimal completion = allTargets ? BigDecimal.valueOf(100) : BigDecimal.ZERO;
            Map<Title, Verdict> verdicts = new EnumMap<>(Title.class);
            for (Title title : Title.values()) {
                verdicts.put(title, RULES.eligibility(year.cluster(), year.year(), title,
                        results.registered().contains(title), completion, byScore.indexOf(unit) + 1,
                        year.members().size()));
            }
            eligibility.put(unit, verdicts);
        });
        return eligibility;
    }

    private static Set<String> eligibleFor(Title title, Map<String, Map<Title, Verdict>> eligibility) {
        return eligibility.entrySet().stream().filter(e -> e.getValue().get(title).allowed())
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    private static Set<String> eligibleForHead(ClusterYear year) {
        return year.members().stream().filter(unit -> RULES.rotation(year.cluster(), year.year(), Role.HEAD,
                unit.equals(year.head()), unit.equals(year.deputy())).eligible()).collect(Collectors.toSet());
    }

    private static Ballot ballot(Set<String> flag, Set<String> merit, String head, String deputy) {
        return new Ballot(flag, merit, head, deputy);
    }
}
