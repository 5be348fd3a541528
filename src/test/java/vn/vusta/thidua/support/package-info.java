/**
 * Every test driver and fixture that more than one test uses, in one place. Drivers of a whole application (real
 * users, real REST, real jobs): {@link vn.vusta.thidua.support.CycleDriver} (tasks and jobs of one cycle),
 * {@link vn.vusta.thidua.support.CycleSteps} (a cycle up to and through the mid-year phase),
 * {@link vn.vusta.thidua.support.VoteFixture} (a cycle brought to the vote, ballots),
 * {@link vn.vusta.thidua.support.CouncilDriver} (a cycle brought to the council),
 * {@link vn.vusta.thidua.support.CycleReplay} (a whole year as in Tasklist),
 * {@link vn.vusta.thidua.support.OverviewScenarios} and {@link vn.vusta.thidua.support.SharedTestWorld} (the world
 * the overview and every test see), {@link vn.vusta.thidua.support.RegistrationValues} (valid registration values),
 * {@link vn.vusta.thidua.support.RestTasks} and {@link vn.vusta.thidua.support.WebappSession} (REST and webapps as a
 * user). Engine-only process tests: {@link vn.vusta.thidua.support.ProcessTestEngine},
 * {@link vn.vusta.thidua.support.PhaseStart}, {@link vn.vusta.thidua.support.HeadDecision},
 * {@link vn.vusta.thidua.support.FixedHeadDeadlines}. Several nodes and PostgreSQL:
 * {@link vn.vusta.thidua.support.ApplicationNode}, {@link vn.vusta.thidua.support.AppProcess},
 * {@link vn.vusta.thidua.support.EmbeddedPostgres}, {@link vn.vusta.thidua.support.PostgresSpringTest},
 * {@link vn.vusta.thidua.support.NodeLockOwner}, {@link vn.vusta.thidua.support.JobExecutions}.
 * <p>
 * Helpers of one test package stay beside its tests: the browser's Selenium helpers ({@code browser}), the mail
 * tests' SMTP server ({@code mail.MailTestServer}), {@code cycle.LateUnitApi}, {@code system.TestProcesses}.
 */
package vn.vusta.thidua.support;
