package vn.vusta.thidua.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

import vn.vusta.thidua.ThiDuaSpringTest;
import vn.vusta.thidua.cycle.CycleStarter;
import vn.vusta.thidua.reference.ClusterLeadership;
import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.support.CycleDriver;
import vn.vusta.thidua.support.RestTasks;

/**
 * The repeatable probe of issue 17: a whole cycle of cluster 3 (2023, 8 members) driven through {@code /engine-rest} as
 * its real users, stopping at every kind of user task — registration and its correction, the head's task for a unit
 * that registers late, the head's reviews, the mid-year reports and meeting, the year-end reports and their correction,
 * both ballots, a nominee's achievement report, the minutes, the office's check, the dossier's correction, the council
 * vote and the signature. At each, every verb of {@code /task/{id}/…} is tried as the task's own user, as another
 * member, as the head, as a council member and without credentials, with and without extra variables, and with every
 * variable of the task's execution sent as an extra form field. Exactly the reads, a claim for oneself and giving one's
 * own claim back (unless the model gave the task by name) are allowed to the task's user; everything else is refused
 * with 4xx and changes nothing — no task, claim, deadline, variable, domain row or audit entry.
 */
@ThiDuaSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskVerbProbeTest {

    private static final int CLUSTER = 3;
    private static final int YEAR = 2023;
    private static final String KEY = "cluster-3-2023";
    private static final List<String> UNITS =
            List.of("son-la", "hoa-binh", "lao-cai", "yen-bai", "dien-bien", "lai-chau", "phu-tho", "vinh-phuc");
    private static final String HEAD = "son-la";
    private static final String MEMBER = "dien-bien";
    /** Registers after the deadline: the head gets its late-unit task first. */
    private static final String LATE = "vinh-phuc";
    /** Wins the runoff for the second flag: writes its achievement report. */
    private static final String NOMINEE = "hoa-binh";
    private static final Set<String> READS = Set.of("read", "form-variables", "variables", "localVariables", "identity-links");
    private static final String COUNTS = "SELECT " + String.join(", ", List.of("ACT_RU_VARIABLE", "ACT_RU_TASK",
            "ACT_RU_IDENTITYLINK", "ACT_HI_COMMENT", "ACT_HI_ATTACHMENT", "audit_log", "registration", "progress_report",
            "mid_year_review", "result_report", "ballot", "vote_participation", "vote_minutes", "dossier_check",
            "council_ballot", "award_decision", "award", "notification").stream()
            .map(table -> "(SELECT COUNT(*) FROM " + table + ") AS " + table).toList());
    /** Users who may read every task by their role (the office follows the cycles in Cockpit). */
    private static final Set<String> READERS = Set.of("council-office");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    CycleStarter starter;
    @Autowired
    CycleDriver driver;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ReferenceData reference;
    @Autowired
    JdbcTemplate jdbc;

    private RestTasks tasks;
    private int attempts;
    private int refusals;
    /** Attempts and refusals per attack class, for docs/security.md. */
    private final Map<String, int[]> perClass = new LinkedHashMap<>();
    private String attackClass = "";
    private final Map<String, Integer> attemptsPerTask = new LinkedHashMap<>();
    /**
     * The fingerprint taken after the last refused request, while no other request has been sent since: it is the
     * next refused request's "before" (the probe's own reads are its cost, not the requests'). Every request of
     * {@link #attempt} and every new probe forgets it.
     */
    private String unchanged;

    @BeforeAll
    void open() {
        tasks = new RestTasks(rest);
        assertThat(reference.membersOn(CLUSTER, java.time.LocalDate.of(YEAR, 1, 1))).containsExactlyInAnyOrderElementsOf(UNITS);
        reference.saveLeadership(new ClusterLeadership(CLUSTER, YEAR, HEAD, "hoa-binh", "test " + getClass().getSimpleName()));
        CycleDriver.setClock(YEAR, 1, 10);
        assertThat(starter.start(CLUSTER, YEAR).started()).isTrue();
        driver.runJobs(KEY);
    }

    @AfterAll
    void resetClock() {
        CycleDriver.resetClock();
    }

    @Test
    void everyVerbOnEveryKindOfTaskIsAllowedExactlyToItsOwnUserAndOnlyWhereHarmless() {
        probeUnitTask("Task_RegisterTargets", "lao-cai");
        for (String unit : UNITS) {
            if (!unit.equals(LATE)) {
                complete(unit, unitTask("Task_RegisterTargets", unit), registration(unit));
            }
        }
        CycleDriver.setClock(YEAR, 4, 2);
        driver.runJobs(KEY);
        probe("Task_HandleLateUnit", unitTask("Task_HandleLateUnit", HEAD), HEAD, List.of(MEMBER, LATE, "council-1"));
        complete(LATE, unitTask("Task_RegisterTargets", LATE), registration(LATE));
        assertThat(driver.tasks(KEY, "Task_HandleLateUnit")).as("the late unit has submitted after all").isEmpty();
        probeHeadTask("Task_ReviewRegistrations");
        complete(HEAD, unitTask("Task_ReviewRegistrations", HEAD),
                Map.of("decision", "return", "returnUnit", "lao-cai", "returnReason", "Chỉ tiêu lĩnh vực 3 quá thấp"));
        probeUnitTask("Task_CorrectRegistration", "lao-cai");
        complete("lao-cai", unitTask("Task_CorrectRegistration", "lao-cai"), registration("lao-cai"));
        complete(HEAD, unitTask("Task_ReviewRegistrations", HEAD), Map.of("decision", "submit"));

        CycleDriver.setClock(YEAR, 6, 20);
        driver.runJobs(KEY);
        probeUnitTask("Task_ReportProgress", "yen-bai");
        for (String unit : UNITS) {
            complete(unit, unitTask("Task_ReportProgress", unit), progress());
        }
        probeHeadTask("Task_RecordMidYearReview");
        complete(HEAD, unitTask("Task_RecordMidYearReview", HEAD),
                Map.of("meetingDate", YEAR + "-07-05", "meetingPlace", "Hội trường LHH", "remarks", "Đúng tiến độ."));

        CycleDriver.setClock(YEAR, 11, 5);
        driver.runJobs(KEY);
        probeUnitTask("Task_ReportResults", "lai-chau");
        for (String unit : UNITS) {
            complete(unit, unitTask("Task_ReportResults", unit), results(unit));
        }
        probeHeadTask("Task_ReviewResults");
        complete(HEAD, unitTask("Task_ReviewResults", HEAD),
                Map.of("decision", "return", "returnUnit", "phu-tho", "returnReason", "Thiếu minh chứng lĩnh vực 2"));
        probeUnitTask("Task_CorrectResults", "phu-tho");
        complete("phu-tho", unitTask("Task_CorrectResults", "phu-tho"), results("phu-tho"));
        complete(HEAD, unitTask("Task_ReviewResults", HEAD), Map.of("decision", "submit"));

        CycleDriver.setClock(YEAR, 12, 5);
        driver.runJobs(KEY);
        probeUnitTask("Task_CastBallot", "vinh-phuc");
        castFirstRoundWithATieForTheSecondFlag();
        probeUnitTask("Task_CastRunoffBallot", "dien-bien");
        castRunoff();
        probeUnitTask("Task_WriteAchievementReport", NOMINEE);
        probeHeadTask("Task_ConfirmMinutes");
        for (String impossible : List.of("1900-01-01", YEAR + "-15-07", (YEAR + 1) + "-02-01")) {
            ResponseEntity<String> refused = tasks.complete(HEAD, unitTask("Task_ConfirmMinutes", HEAD), Map.of(
                    "meetingDate", impossible, "meetingPlace", "Hội trường LHH", "membersPresent", 8L, "confirmed", true));
            assertThat(refused.getStatusCode().value()).as(impossible + ": " + refused.getBody()).isEqualTo(400);
            assertThat(refused.getBody()).contains("meetingDate", "Ngày họp");
        }
        complete(HEAD, unitTask("Task_ConfirmMinutes", HEAD), Map.of("meetingDate", YEAR + "-12-06",
                "meetingPlace", "Hội trường LHH", "membersPresent", 8L, "confirmed", true));

        CycleDriver.setClock(YEAR, 12, 28);
        driver.runJobs(KEY);
        probe("Task_CheckDossier", groupTask("Task_CheckDossier", "council-office"), "council-office",
                List.of(MEMBER, HEAD, "council-1"));
        complete("council-office", groupTask("Task_CheckDossier", "council-office"),
                Map.of("decision", "return", "returnSubject", "OTHER", "returnReason", "Thiếu báo cáo thành tích"));
        probeHeadTask("Task_CorrectDossier");
        complete(HEAD, unitTask("Task_CorrectDossier", HEAD),
                Map.of("correctionAction", "CORRECTED", "correction", "Đã bổ sung báo cáo thành tích"));
        driver.runJobs(KEY);
        complete("council-office", groupTask("Task_CheckDossier", "council-office"), Map.of("decision", "accept"));
        Task vote = councilVote("council-1");
        probe("Task_CouncilVote", vote.getId(), "council-1", List.of(MEMBER, HEAD, "council-2", "council-office"));
        List<String> nominees = driver.optionValues("council-1", vote.getId(), "nomineeOptions");
        for (Task councilVote : taskService.createTaskQuery().processInstanceBusinessKey(KEY)
                .taskDefinitionKey("Task_CouncilVote").list()) {
            complete(councilVote.getAssignee(), councilVote.getId(), Map.of("approved", nominees));
        }
        CycleDriver.setClock(YEAR + 1, 1, 12);
        driver.runJobs(KEY);
        probe("Task_SignDecision", groupTask("Task_SignDecision", "council-chair"), "council-chair",
                List.of(MEMBER, HEAD, "council-1", "council-office"));
        complete("council-chair", groupTask("Task_SignDecision", "council-chair"),
                Map.of("decisionNumber", "77/QĐ-LHHVN", "decisionDate", (YEAR + 1) + "-01-12"));

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(KEY).count()).isZero();
        assertThat(attemptsPerTask).hasSize(17);
        System.out.printf("Task verb probe: %d attempts on %d kinds of task, %d refused, %d allowed (%s)%n", attempts,
                attemptsPerTask.size(), refusals, attempts - refusals, attemptsPerTask);
        perClass.forEach((name, tally) -> System.out.printf("Task verb probe: %s: %d attempts, %d refused%n", name,
                tally[0], tally[1]));
    }

    private void probeUnitTask(String taskKey, String unit) {
        probe(taskKey, unitTask(taskKey, unit), unit, List.of(MEMBER.equals(unit) ? "lai-chau" : MEMBER, HEAD, "council-1"));
    }

    private void probeHeadTask(String taskKey) {
        probe(taskKey, unitTask(taskKey, HEAD), HEAD, List.of(MEMBER, "council-1", "council-office"));
    }

    /** Every verb as the task's user, the others and anonymously; then each execution variable as an extra field. */
    private void probe(String taskKey, String taskId, String owner, List<String> others) {
        unchanged = null;
        int before = attempts;
        boolean assignedByModel = taskKey.equals("Task_CouncilVote");
        attackClass = "another member, the head, the council or the office";
        for (String other : others) {
            for (Verb verb : verbs(taskId, other, owner)) {
                if (READERS.contains(other) && READS.contains(verb.name())) {
                    assertThat(attempt(other, verb).getStatusCode().value()).as(verb.name() + " as " + other).isEqualTo(200);
                } else {
                    expectRefused(taskKey, other, verb, taskId, false);
                }
            }
        }
        attackClass = "anonymous";
        for (Verb verb : verbs(taskId, owner, "council-2".equals(owner) ? "council-3" : "council-2")) {
            expectRefused(taskKey, null, verb, taskId, true);
        }
        attackClass = "the task's own user";
        for (Verb verb : verbs(taskId, owner, others.get(0))) {
            if (verb.name().equals("complete-empty")) {
                continue; // the user's own submission, valid or not, is the scenario tests' subject
            }
            boolean allowed = READS.contains(verb.name()) || verb.name().equals("claim-self")
                    || (verb.name().equals("unclaim") && !assignedByModel);
            if (allowed) {
                ResponseEntity<String> response = attempt(owner, verb);
                assertThat(response.getStatusCode().is2xxSuccessful()).as(taskKey + " " + verb.name() + " as " + owner
                        + ": " + response.getBody()).isTrue();
            } else {
                expectRefused(taskKey, owner, verb, taskId, false);
            }
        }
        giveBackClaim(taskId, assignedByModel ? owner : null);
        extraFieldsAreRefused(taskKey, taskId, owner);
        attemptsPerTask.put(taskKey, attempts - before);
    }

    /** Each variable the task's execution can see, sent beside a complete valid form, is refused by name. */
    private void extraFieldsAreRefused(String taskKey, String taskId, String owner) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        Set<String> names = new TreeSet<>(runtimeService.getVariables(task.getExecutionId()).keySet());
        names.addAll(List.of("unit", "members", "year", "head", "deputy", "headGroup", "cluster", "voteRound",
                "councilMember", "registrationDue", "midYearDue", "yearEndDue", "voteDue", "dossierDue", "returnUnit"));
        attackClass = "extra variables beside a valid form (complete, submit-form)";
        Map<String, Object> valid = validValues(taskKey, owner);
        names.removeAll(formFields(taskId, owner));
        for (String name : names) {
            Map<String, Object> forged = new HashMap<>(valid);
            forged.put(name, forgedValue(name, owner));
            for (String endpoint : List.of("complete", "submit-form")) {
                String before = fingerprintBefore(taskId);
                ResponseEntity<String> response = endpoint.equals("complete") ? tasks.complete(owner, taskId, forged)
                        : tasks.submitForm(owner, taskId, forged);
                count(response);
                assertThat(response.getStatusCode().value()).as(taskKey + " " + endpoint + " with «" + name + "»: "
                        + response.getBody()).isEqualTo(400);
                assertThat(response.getBody()).contains(name, "không phải là trường của biểu mẫu");
                assertThat(unchanged = fingerprint(taskId)).as("nothing changed after " + endpoint + " with " + name)
                        .isEqualTo(before);
            }
        }
    }

    /** The keys of the task's deployed form, as Tasklist loads it. */
    private Set<String> formFields(String taskId, String owner) {
        ResponseEntity<String> form = tasks.call(owner, HttpMethod.GET, taskId + "/deployed-form", null);
        assertThat(form.getStatusCode().value()).isEqualTo(200);
        Set<String> keys = new TreeSet<>();
        try {
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(form.getBody()).findValues("key")
                    .forEach(key -> keys.add(key.asText()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return keys;
    }

    private static Object forgedValue(String name, String owner) {
        if (name.endsWith("Due")) {
            return "2099-12-31T00:00:00.000+0700";
        }
        if (name.equals("year") || name.equals("cluster") || name.equals("voteRound")) {
            return 9L;
        }
        if (name.equals("members")) {
            return List.of(owner);
        }
        return owner.equals("vinh-long") ? "tra-vinh" : "vinh-long";
    }

    private void expectRefused(String taskKey, String user, Verb verb, String taskId, boolean anonymous) {
        String before = fingerprintBefore(taskId);
        ResponseEntity<String> response = attempt(anonymous ? null : user, verb);
        int status = response.getStatusCode().value();
        String who = anonymous ? "anonymous" : user;
        assertThat(status).as(taskKey + " " + verb.name() + " as " + who + ": " + response.getBody())
                .isBetween(400, 499);
        if (anonymous) {
            assertThat(status).isEqualTo(401);
        }
        assertThat(unchanged = fingerprint(taskId)).as(taskKey + " " + verb.name() + " as " + who + " changed something")
                .isEqualTo(before);
    }

    private String fingerprintBefore(String taskId) {
        return unchanged != null ? unchanged : fingerprint(taskId);
    }

    private ResponseEntity<String> attempt(String user, Verb verb) {
        unchanged = null;
        ResponseEntity<String> response = verb.multipart()
                ? rest(user).exchange("/engine-rest/task/" + verb.path(), verb.method(), multipart(verb.body()), String.class)
                : tasks.call(user, verb.method(), verb.path(), verb.body());
        count(response);
        return response;
    }

    private TestRestTemplate rest(String user) {
        return user == null ? rest : rest.withBasicAuth(user, "demo");
    }

    private void count(ResponseEntity<String> response) {
        attempts++;
        int[] tally = perClass.computeIfAbsent(attackClass, c -> new int[2]);
        tally[0]++;
        if (!response.getStatusCode().is2xxSuccessful()) {
            refusals++;
            tally[1]++;
        }
    }

    private static HttpEntity<LinkedMultiValueMap<String, Object>> multipart(Object fields) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        ((Map<?, ?>) fields).forEach((name, value) -> parts.add((String) name, value));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(parts, headers);
    }

    private record Verb(String name, HttpMethod method, String path, Object body, boolean multipart) {
        Verb(String name, HttpMethod method, String path, Object body) {
            this(name, method, path, body, false);
        }
    }

    /** The verbs of {@code /task/{id}/…}, as {@code user} would send them, naming {@code someoneElse} where a user is named. */
    private List<Verb> verbs(String id, String user, String someoneElse) {
        Map<String, Object> extra = RestTasks.typed(Map.of("unit", "vinh-long", "voteRound", 2L));
        List<Verb> verbs = new ArrayList<>(List.of(
                new Verb("read", HttpMethod.GET, id, null),
                new Verb("form-variables", HttpMethod.GET, id + "/form-variables", null),
                new Verb("variables", HttpMethod.GET, id + "/variables", null),
                new Verb("localVariables", HttpMethod.GET, id + "/localVariables", null),
                new Verb("identity-links", HttpMethod.GET, id + "/identity-links", null),
                new Verb("claim-other", HttpMethod.POST, id + "/claim", Map.of("userId", someoneElse)),
                new Verb("assignee-other", HttpMethod.POST, id + "/assignee", Map.of("userId", someoneElse)),
                new Verb("delegate-other", HttpMethod.POST, id + "/delegate", Map.of("userId", someoneElse)),
                new Verb("owner-other", HttpMethod.PUT, id, taskUpdate(id, "owner", someoneElse)),
                new Verb("due-date", HttpMethod.PUT, id, taskUpdate(id, "due", "2099-12-31T00:00:00.000+0000")),
                new Verb("resolve-with-variables", HttpMethod.POST, id + "/resolve", Map.of("variables", extra)),
                new Verb("complete-extra-only", HttpMethod.POST, id + "/complete", Map.of("variables", extra)),
                new Verb("complete-empty", HttpMethod.POST, id + "/complete", Map.of("variables", Map.of())),
                new Verb("submit-form-extra-only", HttpMethod.POST, id + "/submit-form", Map.of("variables", extra)),
                new Verb("bpmnError", HttpMethod.POST, id + "/bpmnError", Map.of("errorCode", "Error_Skip")),
                new Verb("bpmnError-with-variables", HttpMethod.POST, id + "/bpmnError",
                        Map.of("errorCode", "Error_Skip", "variables", extra)),
                new Verb("bpmnEscalation", HttpMethod.POST, id + "/bpmnEscalation", Map.of("escalationCode", "Esc_Skip")),
                new Verb("set-local-variable", HttpMethod.PUT, id + "/localVariables/unit",
                        Map.of("value", "vinh-long", "type", "String")),
                new Verb("set-variable", HttpMethod.PUT, id + "/variables/registrationDue",
                        Map.of("value", "2099-12-31T00:00:00.000+0000", "type", "Date")),
                new Verb("modify-variables", HttpMethod.POST, id + "/variables", Map.of("modifications", extra)),
                new Verb("modify-local-variables", HttpMethod.POST, id + "/localVariables", Map.of("modifications", extra)),
                new Verb("add-candidate-group", HttpMethod.POST, id + "/identity-links",
                        Map.of("groupId", "province-" + someoneElse, "type", "candidate")),
                new Verb("add-candidate-user", HttpMethod.POST, id + "/identity-links",
                        Map.of("userId", someoneElse, "type", "candidate")),
                new Verb("attachment", HttpMethod.POST, id + "/attachment/create",
                        Map.of("attachment-name", "minh-chung", "attachment-type", "link", "url", "https://example.org/x"),
                        true),
                new Verb("comment", HttpMethod.POST, id + "/comment/create", Map.of("message", "Ghi chú của đơn vị")),
                new Verb("claim-self", HttpMethod.POST, id + "/claim", Map.of("userId", user == null ? "x" : user)),
                new Verb("unclaim", HttpMethod.POST, id + "/unclaim", Map.of())));
        return verbs;
    }

    /** The task as {@code PUT /task/{id}} wants it, with one property changed. */
    private Map<String, Object> taskUpdate(String taskId, String property, Object value) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        Map<String, Object> body = new HashMap<>();
        body.put("name", task.getName());
        body.put("description", task.getDescription());
        body.put("priority", task.getPriority());
        body.put("assignee", task.getAssignee());
        body.put("owner", task.getOwner());
        body.put("due", task.getDueDate() == null ? null
                : new java.text.SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ").format(task.getDueDate()));
        body.put(property, value);
        return body;
    }

    private void giveBackClaim(String taskId, String assignee) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        assertThat(task.getAssignee()).as("the probe leaves the task as the model made it").isEqualTo(assignee);
    }

    /** What a refused request must not change: the cycle's tasks, this task's links and variables, the domain rows. */
    private String fingerprint(String taskId) {
        StringBuilder print = new StringBuilder();
        for (Task task : taskService.createTaskQuery().processInstanceBusinessKey(KEY).orderByTaskId().asc().list()) {
            print.append(task.getId()).append(':').append(task.getAssignee()).append(':').append(task.getOwner())
                    .append(':').append(task.getDueDate() == null ? null : task.getDueDate().getTime()).append(':')
                    .append(task.getPriority()).append(':').append(task.getName()).append(':')
                    .append(task.getDelegationState()).append(';');
        }
        if (taskService.createTaskQuery().taskId(taskId).count() == 1) {
            print.append(taskService.getIdentityLinksForTask(taskId).stream()
                    .map(link -> link.getType() + "/" + link.getUserId() + "/" + link.getGroupId()).sorted()
                    .collect(Collectors.joining(",")));
            print.append(new TreeSet<>(taskService.getVariablesLocal(taskId).keySet()));
        }
        print.append(jdbc.queryForMap(COUNTS)).append(jdbc.queryForList("SELECT * FROM unit_phase_status "
                + "WHERE business_key = ? ORDER BY province_code, phase", KEY));
        return print.toString();
    }

    private void complete(String user, String taskId, Map<String, Object> values) {
        ResponseEntity<String> response = tasks.complete(user, taskId, values);
        assertThat(response.getStatusCode().value()).as("completion by " + user + ": " + response.getBody()).isEqualTo(204);
        driver.runJobs(KEY);
    }

    private Map<String, Object> validValues(String taskKey, String owner) {
        return switch (taskKey) {
            case "Task_RegisterTargets", "Task_CorrectRegistration" -> registration(owner);
            case "Task_ReviewRegistrations", "Task_ReviewResults" -> Map.of("decision", "submit");
            case "Task_CheckDossier" -> Map.of("decision", "accept");
            case "Task_ReportProgress" -> progress();
            case "Task_RecordMidYearReview" -> Map.of("meetingDate", YEAR + "-07-05", "meetingPlace", "Hội trường",
                    "remarks", "Đúng tiến độ.");
            case "Task_ReportResults", "Task_CorrectResults" -> results(owner);
            case "Task_CastBallot" -> Map.of("flag", List.of(), "merit", List.of());
            case "Task_CastRunoffBallot" -> Map.of("flag", List.of("lao-cai"), "merit", List.of());
            case "Task_ConfirmMinutes" -> Map.of("meetingDate", YEAR + "-12-06", "meetingPlace", "Hội trường",
                    "membersPresent", 8L, "confirmed", true);
            case "Task_CorrectDossier" -> Map.of("correctionAction", "CORRECTED", "correction", "Đã bổ sung");
            case "Task_CouncilVote" -> Map.of("approved", List.of());
            case "Task_HandleLateUnit" -> Map.of("lateUnitAction", "close", "lateUnitReason", "Không nộp đăng ký");
            case "Task_WriteAchievementReport" -> Map.of("situation", "Liên hiệp hội có 30 hội thành viên.",
                    "achievements", "Hoàn thành các chỉ tiêu.");
            case "Task_SignDecision" -> Map.of("decisionNumber", "78/QĐ-LHHVN", "decisionDate", (YEAR + 1) + "-01-12");
            default -> throw new IllegalArgumentException(taskKey);
        };
    }

    /** A unit of the top four (results 30 against targets of 20) may aim for the flag; every unit for the certificate. */
    private static Map<String, Object> registration(String unit) {
        Map<String, Object> values = new HashMap<>();
        for (int field = 1; field <= 8; field++) {
            values.put("target" + field, 20L);
            values.put("targetNote" + field, "chỉ tiêu lĩnh vực " + field);
        }
        values.put("aimFlag", true);
        values.put("aimMerit", true);
        values.put("covenantAccepted", true);
        return values;
    }

    private static Map<String, Object> progress() {
        Map<String, Object> values = new HashMap<>();
        for (int field = 1; field <= 8; field++) {
            values.put("progress" + field, 60L);
            values.put("progressNote" + field, "đúng tiến độ");
        }
        return values;
    }

    private static Map<String, Object> results(String unit) {
        long result = UNITS.indexOf(unit) < 4 ? 30L - UNITS.indexOf(unit) : 20L;
        Map<String, Object> values = new HashMap<>();
        for (int field = 1; field <= 8; field++) {
            values.put("result" + field, result);
            values.put("resultNote" + field, "kết quả lĩnh vực " + field);
        }
        values.put("achievements", "Thành tích năm của " + unit);
        return values;
    }

    /** Son La first; Hoà Bình and Lào Cai tie for the second flag (5 of 8 each): a runoff follows. */
    private void castFirstRoundWithATieForTheSecondFlag() {
        List<String> merit = List.of("dien-bien", "lai-chau");
        ballot("son-la", List.of("hoa-binh", "lao-cai"), merit);
        ballot("hoa-binh", List.of("son-la", "lao-cai"), merit);
        ballot("lao-cai", List.of("son-la", "hoa-binh"), merit);
        ballot("dien-bien", List.of("son-la", "hoa-binh"), List.of("lai-chau"));
        ballot("lai-chau", List.of("son-la", "lao-cai"), List.of("dien-bien"));
        ballot("yen-bai", List.of("son-la", "hoa-binh"), merit);
        ballot("vinh-phuc", List.of("son-la", "lao-cai"), merit);
        ballot("phu-tho", List.of("hoa-binh", "lao-cai"), merit);
    }

    private void ballot(String unit, List<String> flag, List<String> merit) {
        Map<String, Object> values = new HashMap<>();
        values.put("flag", flag);
        values.put("merit", merit);
        values.put("nextHead", "lao-cai");
        values.put("nextDeputy", "yen-bai");
        complete(unit, unitTask("Task_CastBallot", unit), values);
    }

    private void castRunoff() {
        for (String unit : UNITS) {
            List<String> choice = unit.equals("hoa-binh") ? List.of("lao-cai") : List.of("hoa-binh");
            complete(unit, unitTask("Task_CastRunoffBallot", unit), Map.of("flag", choice, "merit", List.of()));
        }
    }

    private String unitTask(String taskKey, String unit) {
        return groupTask(taskKey, "province-" + unit);
    }

    private String groupTask(String taskKey, String group) {
        Task task = driver.task(KEY, taskKey, group);
        assertThat(task).as(taskKey + " for " + group).isNotNull();
        return task.getId();
    }

    private Task councilVote(String member) {
        return taskService.createTaskQuery().processInstanceBusinessKey(KEY).taskDefinitionKey("Task_CouncilVote")
                .taskAssignee(member).singleResult();
    }
}
