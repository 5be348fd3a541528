/**
 * Everything that changes how Camunda itself works, in one place. Only this package imports Camunda's internal API
 * ({@code org.camunda.bpm.engine.impl}); features use the engine's public API and the small public types here
 * ({@link vn.vusta.thidua.engine.FormPrefill}, {@link vn.vusta.thidua.engine.InvalidSubmissionException},
 * {@link vn.vusta.thidua.engine.FieldError}, {@link vn.vusta.thidua.engine.TaskGoneException},
 * {@link vn.vusta.thidua.engine.SecretFields}, {@link vn.vusta.thidua.engine.Authenticated},
 * {@link vn.vusta.thidua.engine.DecisionHistory}, {@link vn.vusta.thidua.engine.EngineClock}). An ArchUnit test
 * ({@code architecture.LayeringTest}) keeps it so. At an engine upgrade (docs/upgrading.md) this package is what to
 * re-check.
 *
 * <table>
 * <caption>The plug-ins: what each changes, why, what breaks without it, the figure that justified it</caption>
 * <tr><th>class</th><th>changes</th><th>why / without it</th><th>figure (docs/performance.md)</th></tr>
 * <tr><td>FormSubmissionPlugin, TransientFormValues, DeployedFormFields, CompleteAsSubmission, SubmittingTaskService,
 * SubmittingFormService</td><td>a parse listener gives tasks marked {@code formValues = transient} a form handler
 * that hands submitted values to the listeners as transient task-local variables, refuses keys that are not fields
 * of the deployed form, and serves prefilled values when the form opens (the task's listener beans, bound in the model,
 * that implement {@code FormPrefill}); completing such a task
 * with variables is a form submission</td><td>integrity and secrecy: without it parallel units' values overwrite one
 * another on the instance, ballots land in the variable tables, and a client can send {@code unit} or a deadline
 * beside its form (issue 17)</td><td>SQL per completion 395 → 301 (values transient), 192 → 159 (prefill)</td></tr>
 * <tr><td>GuardedTaskService, TaskOperationPolicy</td><td>the task service refuses claims for others, changed
 * due dates, user-set variables and candidates, attachments, comments, BPMN errors from persons' tasks</td>
 * <td>without it an officer hands its ballot to another user or skips its task (issue 17)</td><td>—</td></tr>
 * <tr><td>TaskCompletions, OneCompletionAtATime, TaskGoneException</td><td>every completion first takes the row
 * lock of its process instance ({@code SELECT … FOR UPDATE}), runs again after a conflict (three times at most),
 * answers 404 when the task is gone</td><td>without it 8 of 9 simultaneous submissions of a phase fail with an
 * optimistic-locking conflict (ConcurrentRegistrationTest)</td><td>423 → 117 jobs a year; SQL 98 → 88</td></tr>
 * <tr><td>ValidationErrorsUnwrapped, InvalidSubmissionException, FieldError, RefusedSubmissionLogFilter</td>
 * <td>a listener's refusal reaches REST as the form-validation exception (400 with the Vietnamese messages) and
 * is not logged with its values</td><td>without it every refused submission answers 500 and logs a ballot's
 * choices</td><td>—</td></tr>
 * <tr><td>DelegateBeansFirst</td><td>{@code delegateExpression} resolves Spring beans before process
 * variables</td><td>the stock order loads every variable of the task's scopes for each listener, and a submitted
 * variable could shadow a listener</td><td>5 % of a year's engine time</td></tr>
 * <tr><td>SecretFieldsHistory, SecretFieldsHistoryLevel, SecretFields, NarrowedHistoryLevel,
 * CountersWithoutHistory</td><td>history levels {@code audit}/{@code full} that never record secret fields (the
 * ballot's) and the multi-instance counters</td><td>secrecy of the vote at any history level; the engine refuses
 * to start otherwise</td><td>114 → 110 statements (counters)</td></tr>
 * <tr><td>CandidateTaskJoin</td><td>rewrites the candidate-group task query to an inner join</td><td>H2 read every
 * open task for each task list</td><td>task list p95 with 10,240 open tasks 11–24 ms</td></tr>
 * <tr><td>AuthorizationGroupLookup</td><td>skips the engine's scan of every group id with an authorization for users
 * in few groups</td><td>one row per open task here: a full scan in every command</td><td>SQL per REST completion
 * 140 → 48 (with the join and remembered logins)</td></tr>
 * <tr><td>EngineIndexes</td><td>adds an index on {@code ACT_RU_TASK(PARENT_TASK_ID_)} (H2, PostgreSQL) and, on H2,
 * planner hints for mostly-NULL indexed columns</td><td>every completion read the task table; H2 kept a plan on the
 * wrong index</td><td>rush 44 → 76–101/s; a year 9.3 → 6.0 s with the statement cache</td></tr>
 * <tr><td>GlobalJobsForAdministrators</td><td>jobs of no process (history clean-up) only for administrators</td>
 * <td>the engine checks no permission for them (issue 17)</td><td>—</td></tr>
 * <tr><td>OwnAccountPermissions</td><td>a new user gets READ and UPDATE on its own account instead of ALL</td>
 * <td>a user could delete its own account and orphan its unit's tasks (issue 17)</td><td>—</td></tr>
 * <tr><td>SystemCommands</td><td>a cycle's instances locked in one command; a leaving unit's task closed without a
 * completion; an instance looked up whoever is logged in; work without authorization checks</td><td>a merger or
 * re-formed cluster could not close a dissolved unit's task without storing a submission for it (issue 19); a unit's
 * submission ends the head's late-unit task, which the unit's officer may not see (issue 20)</td><td>—</td></tr>
 * <tr><td>Authenticated, DecisionHistory, EngineClock</td><td>public access to the engine's authentication, history
 * level and clock</td><td>features would import the internal API</td><td>—</td></tr>
 * </table>
 *
 * <p>Removed in the seventh session: {@code ChildPathXPathFactory} and {@code MyBatisMappingParse}, a replacement of
 * the JDK's XPath while MyBatis read the engine's mappings (about one second of a cold start): not worth its risk at
 * an engine upgrade. The performance plug-ins above were measured on H2 in earlier sessions; their re-measurement
 * on PostgreSQL belongs to the PostgreSQL benchmark (issue 22).
 */
package vn.vusta.thidua.engine;
