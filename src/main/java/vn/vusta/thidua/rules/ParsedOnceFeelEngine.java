package vn.vusta.thidua.rules;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.CustomFunctionTransformer;
import org.camunda.feel.FeelEngine;
import org.camunda.feel.context.Context;
import org.camunda.feel.context.FunctionProvider;
import org.camunda.feel.impl.interpreter.BuiltinFunctions;
import org.camunda.feel.impl.interpreter.EvalContext;
import org.camunda.feel.impl.interpreter.FeelInterpreter;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.camunda.feel.syntaxtree.Val;
import org.camunda.feel.syntaxtree.ValError;
import org.camunda.feel.syntaxtree.ValFatalError;
import org.camunda.feel.valuemapper.ValueMapper;

import camundajar.impl.scala.jdk.javaapi.CollectionConverters;
import camundajar.impl.scala.util.Either;
import camundajar.impl.scala.util.Left;
import camundajar.impl.scala.util.Right;

/**
 * Camunda's FEEL engine (feel-scala 1.19, as Camunda 7.24 ships it) with two costs taken out of every evaluation: it
 * built the whole table of built-in functions again for each cell it evaluated, and parsed the cell's text again.
 * Here the built-in functions are built once and each distinct text is parsed and validated once (the texts are the
 * cells of the deployed tables, a few hundred, so the cache is not bounded); evaluation itself
 * is feel-scala's interpreter with the same value mappers and custom functions, so answers and error messages are
 * those of the stock engine ({@code ParsedOnceFeelEngineTest} compares them). Later feel-scala versions build the
 * built-in functions once too. Used by {@link RuleBooks} and the classpath tables; a year-end tally evaluates about
 * 500 cells.
 */
class ParsedOnceFeelEngine extends ScalaFeelEngine {

    ParsedOnceFeelEngine() {
        super(java.util.List.of());
    }

    /** A DMN engine whose FEEL is this one, otherwise as {@code createDefaultDmnEngineConfiguration()} builds it. */
    static DmnEngine dmnEngine() {
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        configuration.setFeelEngineFactory(ParsedOnceFeelEngine::new);
        return configuration.buildEngine();
    }

    @Override
    protected FeelEngine buildFeelEngine(CustomFunctionTransformer functions, ValueMapper.CompositeValueMapper valueMapper) {
        return new Engine(functions, valueMapper);
    }

    /** feel-scala's engine with the parsed expressions and the built-in functions kept. */
    static final class Engine extends FeelEngine {

        private final Map<String, Either<FeelEngine.Failure, ParsedExpression>> expressions = new ConcurrentHashMap<>();
        private final Map<String, Either<FeelEngine.Failure, ParsedExpression>> unaryTests = new ConcurrentHashMap<>();
        private final FeelInterpreter interpreter;
        private final FunctionProvider functions;

        Engine(FunctionProvider customFunctions, ValueMapper valueMapper) {
            super(customFunctions, valueMapper, new FeelEngine.Configuration(false), FeelEngine.defaultClock());
            this.interpreter = new FeelInterpreter(valueMapper);
            this.functions = new FunctionProvider.CompositeFunctionProvider(CollectionConverters.asScala(
                    java.util.List.<FunctionProvider>of(new BuiltinFunctions(clock(), valueMapper), customFunctions)).toList());
        }

        @Override
        public Either<FeelEngine.Failure, Object> evalExpression(String expression, Context context) {
            return evaluate(expressions.computeIfAbsent(expression, this::parseExpression), context);
        }

        @Override
        public Either<FeelEngine.Failure, Object> evalUnaryTests(String expression, Context context) {
            return evaluate(unaryTests.computeIfAbsent(expression, this::parseUnaryTests), context);
        }

        private Either<FeelEngine.Failure, Object> evaluate(Either<FeelEngine.Failure, ParsedExpression> parsed,
                Context context) {
            if (parsed.isLeft()) {
                return new Left<>(parsed.left().get());
            }
            ParsedExpression expression = parsed.toOption().get();
            try {
                // a fresh context per evaluation: it collects that evaluation's failures
                EvalContext evalContext = EvalContext.create(valueMapper(), functions).merge(context);
                Val value = interpreter.eval(expression.expression(), evalContext);
                if (value instanceof ValError error) {
                    return failure(expression, error.error());
                }
                if (value instanceof ValFatalError error) {
                    return failure(expression, error.error());
                }
                return new Right<>(valueMapper().unpackVal(value));
            } catch (RuntimeException e) {
                return new Left<>(new FeelEngine.Failure("failed to evaluate expression '" + expression.text() + "' : " + e));
            }
        }

        private static Either<FeelEngine.Failure, Object> failure(ParsedExpression expression, String cause) {
            return new Left<>(new FeelEngine.Failure("failed to evaluate expression '" + expression.text() + "': " + cause));
        }
    }
}
