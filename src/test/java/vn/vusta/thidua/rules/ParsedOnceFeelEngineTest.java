package vn.vusta.thidua.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The FEEL engine with parsed cells and built-in functions kept answers exactly as Camunda's stock FEEL engine. */
class ParsedOnceFeelEngineTest {

    private static final FeelEngine STOCK = new ScalaFeelEngine(List.of());
    private static final FeelEngine KEPT = new ParsedOnceFeelEngine();

    private static VariableMap variables() {
        return Variables.createVariables().putValue("completion", new BigDecimal("1.1")).putValue("cluster", 3)
                .putValue("title", "FLAG").putValue("registered", true).putValue("nothing", null)
                .putValue("cellInput", 7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"min([completion, 1.2]) * 12.5", "cluster", "cluster * 2 + 1", "title = \"FLAG\"",
            "if registered then \"có\" else \"không\"", "string length(title)", "date(\"2024-02-28\") + duration(\"P1D\")",
            "floor(cluster / 4)", "nothing", "unknown", "count([1, 2, 3])", "\"a\" + 1", "1 +", "[1, 2"})
    void shouldEvaluateExpressionsAsTheStockEngine(String expression) {
        assertSameOutcome(() -> STOCK.evaluateSimpleExpression(expression, variables().asVariableContext()),
                () -> KEPT.evaluateSimpleExpression(expression, variables().asVariableContext()));
        // a second time from the kept parse
        assertSameOutcome(() -> STOCK.evaluateSimpleExpression(expression, variables().asVariableContext()),
                () -> KEPT.evaluateSimpleExpression(expression, variables().asVariableContext()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"7", "8", "[1..7]", "> 7", ">= 7", "< 3, > 5", "not(7)", "\"FLAG\"", "-", "[1..", "= 7"})
    void shouldEvaluateUnaryTestsAsTheStockEngine(String unaryTests) {
        assertSameOutcome(() -> STOCK.evaluateSimpleUnaryTests(unaryTests, "cellInput", variables().asVariableContext()),
                () -> KEPT.evaluateSimpleUnaryTests(unaryTests, "cellInput", variables().asVariableContext()));
        assertSameOutcome(() -> STOCK.evaluateSimpleUnaryTests(unaryTests, "cellInput", variables().asVariableContext()),
                () -> KEPT.evaluateSimpleUnaryTests(unaryTests, "cellInput", variables().asVariableContext()));
    }

    @Test
    void shouldReadTheClockAtEveryEvaluation() throws InterruptedException {
        Object first = KEPT.evaluateSimpleExpression("now()", variables().asVariableContext());
        Thread.sleep(5);
        Object second = KEPT.evaluateSimpleExpression("now()", variables().asVariableContext());
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void shouldAnswerEveryRuleTableAsTheStockEngine() {
        RuleBook stock = new RuleBook(new ClasspathDecisionEvaluator(Decisions.ALL,
                DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine()));
        RuleBook kept = RuleBook.standalone();
        int compared = 0;
        for (int cluster = 1; cluster <= 9; cluster++) {
            for (int year : List.of(2022, 2024, 2025)) {
                final int c = cluster;
                final int y = year;
                assertSameOutcome(() -> stock.voteRules(c, y), () -> kept.voteRules(c, y));
                assertSameOutcome(() -> stock.council(y), () -> kept.council(y));
                for (int members : List.of(4, 6, 7, 9)) {
                    final int m = members;
                    assertSameOutcome(() -> stock.quotas(c, y, m), () -> kept.quotas(c, y, m));
                    for (Title title : Title.values()) {
                        for (String completion : List.of("0", "99.99", "100", "112.5")) {
                            final int rank = 1 + (m * completion.length()) % m;
                            assertSameOutcome(() -> stock.eligibility(c, y, title, true, new BigDecimal(completion), rank, m),
                                    () -> kept.eligibility(c, y, title, true, new BigDecimal(completion), rank, m));
                            assertSameOutcome(() -> stock.eligibility(c, y, title, false, new BigDecimal(completion), rank, m),
                                    () -> kept.eligibility(c, y, title, false, new BigDecimal(completion), rank, m));
                            compared += 2;
                        }
                    }
                }
                for (Role role : Role.values()) {
                    for (boolean head : List.of(true, false)) {
                        for (boolean deputy : List.of(true, false)) {
                            assertSameOutcome(() -> stock.rotation(c, y, role, head, deputy),
                                    () -> kept.rotation(c, y, role, head, deputy));
                        }
                    }
                }
                List<FieldResult> fields = new ArrayList<>();
                for (int field = 1; field <= 8; field++) {
                    fields.add(new FieldResult(field, BigDecimal.valueOf(10L * field), BigDecimal.valueOf(3L * field * cluster)));
                }
                assertSameOutcome(() -> stock.score(c, y, fields), () -> kept.score(c, y, fields));
                compared += 4;
            }
        }
        assertThat(compared).isGreaterThan(1000);
    }

    @Test
    void shouldAnswerFromManyThreadsAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                final int n = i;
                Callable<Boolean> task = () -> {
                    VariableMap vars = Variables.createVariables().putValue("completion", new BigDecimal(n).movePointLeft(2));
                    Object points = KEPT.evaluateSimpleExpression("min([completion, 1.2]) * 12.5", vars.asVariableContext());
                    BigDecimal expected = new BigDecimal(n).movePointLeft(2).min(new BigDecimal("1.2")).multiply(new BigDecimal("12.5"));
                    return new BigDecimal(points.toString()).compareTo(expected) == 0
                            && KEPT.evaluateSimpleUnaryTests("[0..200]", "cellInput",
                                    Variables.createVariables().putValue("cellInput", n).asVariableContext()) == (n <= 200);
                };
                answers.add(pool.submit(task));
            }
            for (Future<Boolean> answer : answers) {
                assertThat(answer.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertSameOutcome(Supplier<?> stock, Supplier<?> kept) {
        Object[] answers = new Object[2];
        Throwable expectedError = catchThrowable(() -> answers[0] = stock.get());
        Throwable error = catchThrowable(() -> answers[1] = kept.get());
        if (expectedError != null) {
            assertThat(error).isNotNull().hasSameClassAs(expectedError).hasMessage(expectedError.getMessage());
        } else {
            assertThat(error).isNull();
            assertThat(answers[1]).isEqualTo(answers[0]);
        }
    }
}
