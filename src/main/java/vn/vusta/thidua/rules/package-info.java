/**
 * The business rules of the emulation cycle, kept as DMN decision tables in {@code processes/}
 * ({@code score}, {@code eligibility}, {@code vote-rules}, {@code quotas}, {@code rotation}, {@code council}).
 *
 * <p>Java here only feeds the tables and types their answers: no threshold, weight or quota lives in code.
 * {@link vn.vusta.thidua.rules.RuleBooks} (Spring) pins the deployed decision definitions of a cycle as
 * {@link vn.vusta.thidua.rules.RuleVersions} and hands out a {@link vn.vusta.thidua.rules.RuleBook} that evaluates
 * exactly those versions; {@link vn.vusta.thidua.rules.RuleBook#standalone()} evaluates the tables from the
 * classpath with the DMN engine alone, for tests. See {@code docs/rules.md}.
 */
package vn.vusta.thidua.rules;
