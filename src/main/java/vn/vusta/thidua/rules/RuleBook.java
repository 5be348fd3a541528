package vn.vusta.thidua.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The rules of one cycle, answered by the decision tables in {@code processes/}. Typed questions in, typed answers
 * out; every threshold, weight and quota comes from a table. Obtain one from {@link RuleBooks#forVersions} (the
 * versions pinned by a running cycle) or, in tests, from {@link #standalone()}.
 */
public class RuleBook {

    private static final int SCALE = 2;
    private static final BigDecimal HUNDRED_PERCENT = BigDecimal.valueOf(100);

    private final DecisionEvaluator evaluator;

    public RuleBook(DecisionEvaluator evaluator) {
        this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
    }

    /** The tables of {@code processes/*.dmn} on the classpath, evaluated by the DMN engine alone. */
    public static RuleBook standalone() {
        return new RuleBook(classpathTables());
    }

    /** The same tables as a bare evaluator, e.g. to wrap in a test that counts evaluations. */
    public static DecisionEvaluator classpathTables() {
        return new ClasspathDecisionEvaluator(Decisions.ALL);
    }

    public Quotas quotas(int cluster, int year, int memberCount) {
        DecisionRow row = evaluate(Decisions.QUOTAS, "cluster", cluster, "year", year, "memberCount", memberCount);
        return new Quotas(row.integer("flags"), row.integer("merits"));
    }

    public VoteRules voteRules(int cluster, int year) {
        DecisionRow row = evaluate(Decisions.VOTE_RULES, "cluster", cluster, "year", year);
        return new VoteRules(threshold(row), row.enumValue("denominator", Denominator.class),
                row.bool("selfVoteAllowed"), row.integer("runoffRounds"), row.bool("oneTitlePerUnit"));
    }

    /**
     * Scores a unit's year-end results. Per field, completion = result ÷ target; a field whose target is 0 counts as
     * fully achieved (completion 1), since nothing was asked of the unit there. The {@code score} table turns each
     * completion into points; the total is the sum. {@code completionPercent} is the share of fields with a target
     * whose result reaches it (100 when no field has a target).
     */
    public YearEndScore score(int cluster, int year, List<FieldResult> fields) {
        requireDistinctFields(fields);
        Map<Integer, BigDecimal> pointsByField = new TreeMap<>();
        for (FieldResult field : fields) {
            DecisionRow row = evaluate(Decisions.SCORE, "cluster", cluster, "year", year,
                    "field", field.field(), "completion", completionRatio(field));
            pointsByField.put(field.field(), row.decimal("points").setScale(SCALE, RoundingMode.HALF_UP));
        }
        BigDecimal total = pointsByField.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return new YearEndScore(total.setScale(SCALE, RoundingMode.HALF_UP), completionPercent(fields),
                pointsByField);
    }

    public Verdict eligibility(int cluster, int year, Title title, boolean registered, BigDecimal completionPercent,
            int rank, int memberCount) {
        DecisionRow row = evaluate(Decisions.ELIGIBILITY, "cluster", cluster, "year", year, "title", title.name(),
                "registered", registered, "completion", completionPercent, "rank", rank, "memberCount", memberCount);
        return new Verdict(row.bool("eligible"), row.string("reason"));
    }

    public RotationVerdict rotation(int cluster, int year, Role role, boolean outgoingHead, boolean outgoingDeputy) {
        DecisionRow row = evaluate(Decisions.ROTATION, "cluster", cluster, "year", year, "role", role.name(),
                "outgoingHead", outgoingHead, "outgoingDeputy", outgoingDeputy);
        return new RotationVerdict(row.bool("eligible"), row.bool("defaultCandidate"), row.string("reason"));
    }

    /** How a unit merged away during the cycle counts for its successor in this cluster and year. */
    public MergerCarry merger(int cluster, int year) {
        return evaluate(Decisions.MERGER, "cluster", cluster, "year", year).enumValue("carry", MergerCarry.class);
    }

    /** The council's approval threshold; its base is always all council members. */
    public Threshold council(int year) {
        DecisionRow row = evaluate(Decisions.COUNCIL, "year", year);
        Denominator denominator = row.enumValue("denominator", Denominator.class);
        if (denominator != Denominator.ALL_MEMBERS) {
            throw new RuleEvaluationException("Decision 'council' must count all council members, not " + denominator);
        }
        return threshold(row);
    }

    private static Threshold threshold(DecisionRow row) {
        return new Threshold(row.decimal("thresholdPercent"), row.bool("strictlyAbove"));
    }

    private static BigDecimal completionRatio(FieldResult field) {
        return field.hasTarget() ? field.result().divide(field.target(), MathContext.DECIMAL64) : BigDecimal.ONE;
    }

    private static BigDecimal completionPercent(List<FieldResult> fields) {
        long withTarget = fields.stream().filter(FieldResult::hasTarget).count();
        if (withTarget == 0) {
            return HUNDRED_PERCENT.setScale(SCALE, RoundingMode.HALF_UP);
        }
        long reached = fields.stream().filter(FieldResult::hasTarget).filter(FieldResult::targetReached).count();
        return BigDecimal.valueOf(reached).multiply(HUNDRED_PERCENT)
                .divide(BigDecimal.valueOf(withTarget), SCALE, RoundingMode.HALF_UP);
    }

    private static void requireDistinctFields(List<FieldResult> fields) {
        Set<Integer> seen = new HashSet<>();
        for (FieldResult field : fields) {
            if (!seen.add(field.field())) {
                throw new IllegalArgumentException("field " + field.field() + " is reported twice");
            }
        }
    }

    private DecisionRow evaluate(String decisionKey, Object... namesAndValues) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String name = (String) namesAndValues[i];
            inputs.put(name, Objects.requireNonNull(namesAndValues[i + 1], () -> decisionKey + " needs input " + name));
        }
        return new DecisionRow(decisionKey, evaluator.evaluate(decisionKey, inputs));
    }
}
