package vn.vusta.thidua.documents;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.vusta.thidua.council.AchievementReport;
import vn.vusta.thidua.council.AchievementReports;
import vn.vusta.thidua.cycle.Cycle;
import vn.vusta.thidua.cycle.CycleChanges;
import vn.vusta.thidua.cycle.Phase;
import vn.vusta.thidua.cycle.Timeliness;
import vn.vusta.thidua.cycle.UnitProgress;
import vn.vusta.thidua.reference.FieldsOfWork;
import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.reference.UnitNames;
import vn.vusta.thidua.registration.Registration;
import vn.vusta.thidua.registration.Registrations;
import vn.vusta.thidua.rules.Denominator;
import vn.vusta.thidua.rules.RuleBooks;
import vn.vusta.thidua.rules.VoteRules;
import vn.vusta.thidua.cycle.UnitScore;
import vn.vusta.thidua.yearend.UnitScores;
import vn.vusta.thidua.reference.VietnameseFormat;
import vn.vusta.thidua.vote.ElectionOutcome;
import vn.vusta.thidua.vote.Nominations;
import vn.vusta.thidua.vote.NomineeOutcome;
import vn.vusta.thidua.engine.EngineClock;

/**
 * The values each template is filled with, from the cycle's stored records: every value is already a formatted
 * Vietnamese string ({@link VietnameseFormat}: names with diacritics, decimal comma, two decimals for scores and
 * percentages; "ngày … tháng … năm …"), or null when not known yet.
 */
@Component
class DocumentModels {

    private final ReferenceData reference;
    private final UnitNames unitNames;
    private final CycleChanges cycleChanges;
    private final Nominations nominations;
    private final UnitScores scores;
    private final Registrations registrations;
    private final PhaseRecords records;
    private final RuleBooks ruleBooks;
    private final Signatory signatory;
    private final AchievementReports achievementReports;
    private final Clock clock;
    private final UnitProgress progress;

    DocumentModels(ReferenceData reference, UnitNames unitNames, CycleChanges cycleChanges, Nominations nominations,
            UnitScores scores,
            Registrations registrations, PhaseRecords records, RuleBooks ruleBooks,
            Signatory signatory, AchievementReports achievementReports, Clock clock, UnitProgress progress) {
        this.progress = progress;
        this.achievementReports = achievementReports;
        this.reference = reference;
        this.unitNames = unitNames;
        this.cycleChanges = cycleChanges;
        this.nominations = nominations;
        this.scores = scores;
        this.registrations = registrations;
        this.records = records;
        this.ruleBooks = ruleBooks;
        this.signatory = signatory;
        this.clock = clock;
    }

    Map<String, Object> of(DocumentKind kind, Cycle cycle) {
        return switch (kind) {
            case MINUTES -> minutes(cycle);
            case PROPOSAL -> proposal(cycle);
            case SUMMARY -> summary(cycle);
            case DECISION -> decision(cycle);
            case ACHIEVEMENT -> achievement(cycle);
        };
    }

    private Map<String, Object> minutes(Cycle cycle) {
        Optional<PhaseRecords.Meeting> meeting = records.meeting(cycle.businessKey());
        Map<String, Object> model = common(cycle, meeting.map(PhaseRecords.Meeting::date).orElse(today()));
        model.put("number", null);
        date(model, "meeting", meeting.map(PhaseRecords.Meeting::date).orElse(null));
        model.put("place", meeting.map(PhaseRecords.Meeting::place).orElse(null));
        model.put("present", meeting.map(m -> String.valueOf(m.membersPresent())).orElse(null));
        model.put("ballotsCast", records.ballotsCast(cycle.businessKey()).map(String::valueOf).orElse(null));
        List<Map<String, String>> members = new ArrayList<>();
        for (String unit : cycle.members()) {
            String role = (unit.equals(cycle.head()) ? " (cụm trưởng)" : unit.equals(cycle.deputy()) ? " (cụm phó)" : "")
                    + (standing(cycle, Phase.VOTE, unit) == Timeliness.NOT_SUBMITTED
                            ? " — " + Timeliness.NOT_SUBMITTED.label(Phase.VOTE) : "");
            members.add(row("no", String.valueOf(members.size() + 1), "name", name(unit, cycle), "role", role));
        }
        model.put("members", members);
        VoteRules rules = ruleBooks.forVersions(cycle.rules()).voteRules(cycle.cluster(), cycle.year());
        model.put("thresholdRule", rules.threshold().describe() + " " + denominator(rules.denominator()));
        List<Map<String, String>> outcomes = new ArrayList<>();
        List<Map<String, String>> proposed = new ArrayList<>();
        for (NomineeOutcome o : nominations.all(cycle.businessKey())) {
            Map<String, String> row = row("no", String.valueOf(outcomes.size() + 1), "unit", name(o.unit(), cycle),
                    "title", o.title().label(), "votes", o.votes() + "/" + o.base(), "share", blankIfNull(VietnameseFormat.share(o.votes(), o.base())),
                    "result", (o.proposed() ? "Đề nghị" : "Không đề nghị") + " — " + o.reason());
            outcomes.add(row);
            if (o.proposed()) {
                proposed.add(row);
            }
        }
        model.put("outcomes", outcomes);
        model.put("proposed", proposed);
        election(model, nominations.election(cycle.businessKey()).orElse(null), cycle);
        return model;
    }

    private Map<String, Object> proposal(Cycle cycle) {
        Map<String, Object> model = common(cycle, today());
        model.put("number", null);
        date(model, "meeting", records.meeting(cycle.businessKey()).map(PhaseRecords.Meeting::date).orElse(null));
        Map<String, UnitScore> byUnit = new HashMap<>();
        scores.current(cycle.businessKey()).forEach(s -> byUnit.put(s.province(), s));
        Map<String, String> achievements = records.achievements(cycle.businessKey());
        List<Map<String, String>> nominees = new ArrayList<>();
        for (NomineeOutcome o : nominations.proposed(cycle.businessKey())) {
            UnitScore score = byUnit.get(o.unit());
            nominees.add(row("no", String.valueOf(nominees.size() + 1), "unit", name(o.unit(), cycle), "title", o.title().label(),
                    "votes", o.votes() + "/" + o.base(), "score", score == null ? "" : VietnameseFormat.decimal(score.score()),
                    "completion", score == null ? null : VietnameseFormat.percent(score.reachedPercent()),
                    "rank", score == null ? null : score.rank() + "/" + cycle.members().size(),
                    "summary", achievements.get(o.unit())));
        }
        model.put("nominees", nominees);
        election(model, nominations.election(cycle.businessKey()).orElse(null), cycle);
        return model;
    }

    private Map<String, Object> summary(Cycle cycle) {
        Map<String, Object> model = common(cycle, today());
        model.put("number", null);
        Map<String, Map<Integer, BigDecimal>> results = records.yearEndResults(cycle.businessKey());
        List<Map<String, String>> rows = new ArrayList<>();
        List<Map<String, String>> aims = new ArrayList<>();
        for (Registration r : registrations.allLatest(cycle.businessKey())) {
            Map<Integer, BigDecimal> unitResults = results.getOrDefault(r.province(), Map.of());
            for (Registration.Target t : r.targets()) {
                BigDecimal result = unitResults.get(t.field());
                rows.add(row("unit", t.field() == 1 ? name(r.province(), cycle) : "",
                        "field", t.field() + ". " + FieldsOfWork.name(t.field()),
                        "target", blankIfNull(VietnameseFormat.quantity(t.target())),
                        "result", result == null ? "chưa báo cáo" : VietnameseFormat.quantity(result),
                        "rate", result == null ? "" : blankIfNull(VietnameseFormat.share(result, t.target()))));
            }
            List<String> titles = new ArrayList<>();
            if (r.aimFlag()) {
                titles.add("Cờ thi đua");
            }
            if (r.aimMerit()) {
                titles.add("Bằng khen");
            }
            aims.add(row("unit", name(r.province(), cycle), "titles", titles.isEmpty() ? "không đăng ký" : String.join(", ", titles)));
        }
        model.put("registered", String.valueOf(registrations.allLatest(cycle.businessKey()).stream()
                .filter(r -> cycle.members().contains(r.province())).count()));
        model.put("results", rows);
        model.put("aims", aims);
        List<Map<String, String>> ranking = new ArrayList<>();
        for (UnitScore s : scores.current(cycle.businessKey())) {
            ranking.add(row("rank", String.valueOf(s.rank()), "unit", name(s.province(), cycle),
                    "completion", VietnameseFormat.percent(s.reachedPercent()), "score", VietnameseFormat.decimal(s.score())));
        }
        model.put("ranking", ranking);
        model.put("leader", ranking.isEmpty() ? null : ranking.get(0).get("unit"));
        model.put("deadlines", deadlines(cycle));
        return model;
    }

    private Map<String, Object> achievement(Cycle cycle) {
        Map<String, Object> model = common(cycle, today());
        model.put("number", null);
        Map<String, UnitScore> byUnit = new HashMap<>();
        scores.current(cycle.businessKey()).forEach(s -> byUnit.put(s.province(), s));
        Map<String, AchievementReport> written = new HashMap<>();
        achievementReports.allLatest(cycle.businessKey()).forEach(r -> written.put(r.unit(), r));
        List<Map<String, String>> reports = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (NomineeOutcome o : nominations.proposed(cycle.businessKey())) {
            AchievementReport report = written.get(o.unit());
            if (report == null) {
                missing.add(name(o.unit(), cycle));
                continue;
            }
            UnitScore score = byUnit.get(o.unit());
            reports.add(row("no", String.valueOf(reports.size() + 1), "unit", name(o.unit(), cycle),
                    "title", o.title().label(), "situation", report.situation(), "achievements", report.achievements(),
                    "previousAwards", report.previousAwards() == null ? "Không có." : report.previousAwards(),
                    "completion", score == null ? null : VietnameseFormat.percent(score.reachedPercent()),
                    "score", score == null ? null : VietnameseFormat.decimal(score.score()),
                    "version", String.valueOf(report.version()), "submittedBy", report.submittedBy()));
        }
        model.put("reports", reports);
        model.put("missingNote", missing.isEmpty() ? null
                : "Chưa có báo cáo thành tích của: " + String.join(", ", missing) + ".");
        return model;
    }

    private Map<String, Object> decision(Cycle cycle) {
        Optional<PhaseRecords.Decision> decision = records.decision(cycle.businessKey());
        Map<String, Object> model = common(cycle, decision.map(PhaseRecords.Decision::date).orElse(null));
        model.put("number", decision.map(PhaseRecords.Decision::number).orElse(null));
        List<Map<String, String>> awards = new ArrayList<>();
        for (PhaseRecords.Approval a : records.councilTally(cycle.businessKey())) {
            if (a.approved()) {
                awards.add(row("no", String.valueOf(awards.size() + 1), "unit", name(a.unit(), cycle), "title", a.title().label(),
                        "approvals", a.approvals() + "/" + a.base()));
            }
        }
        model.put("awards", awards);
        ElectionOutcome election = nominations.election(cycle.businessKey()).orElse(null);
        model.put("nextHead", name(decision.map(PhaseRecords.Decision::nextHead)
                .orElse(election == null ? null : election.head()), cycle));
        model.put("nextDeputy", name(decision.map(PhaseRecords.Decision::nextDeputy)
                .orElse(election == null ? null : election.deputy()), cycle));
        model.put("signerTitle", signatory.title());
        model.put("signerName", signatory.name(decision.map(PhaseRecords.Decision::signedBy).orElse(null)));
        return model;
    }

    private Map<String, Object> common(Cycle cycle, LocalDate date) {
        Map<String, Object> model = new HashMap<>();
        model.put("cluster", String.valueOf(cycle.cluster()));
        model.put("clusterName", reference.cluster(cycle.cluster()).map(c -> c.name()).orElse("Cụm thi đua số " + cycle.cluster()));
        model.put("year", String.valueOf(cycle.year()));
        model.put("nextYear", String.valueOf(cycle.year() + 1));
        // the head and deputy sign and host: the name of the time, without "(nay thuộc …)"
        model.put("headName", cycle.head() == null ? null : unitNames.ofYear(cycle.head(), cycle.year()));
        model.put("deputyName", cycle.deputy() == null ? null : unitNames.ofYear(cycle.deputy(), cycle.year()));
        model.put("memberCount", String.valueOf(cycle.members().size()));
        List<Map<String, String>> changes = cycleChanges.of(cycle.businessKey()).stream()
                .map(c -> row("text", c.reason())).toList();
        model.put("changesIntro", changes.isEmpty() ? null : "Thay đổi thành viên, cụm trưởng, cụm phó trong năm "
                + cycle.year() + " (sáp nhập đơn vị, cụm được tổ chức lại); số thành viên trên là số hiện nay:");
        model.put("changes", changes);
        date(model, "", date);
        return model;
    }

    private void election(Map<String, Object> model, ElectionOutcome election, Cycle cycle) {
        model.put("nextHead", election == null ? null : name(election.head(), cycle));
        model.put("nextHeadVotes", election == null || election.head() == null ? null : String.valueOf(election.headVotes()));
        model.put("nextDeputy", election == null ? null : name(election.deputy(), cycle));
        model.put("nextDeputyVotes",
                election == null || election.deputy() == null ? null : String.valueOf(election.deputyVotes()));
        model.put("electionNote", election == null ? null : election.explanation());
    }

    /** {@code day}, {@code month}, {@code dateYear} (or {@code meetingDay}…); null values print as "…". */
    private static void date(Map<String, Object> model, String prefix, LocalDate date) {
        model.put(prefix.isEmpty() ? "day" : prefix + "Day", date == null ? null : String.format("%02d", date.getDayOfMonth()));
        model.put(prefix.isEmpty() ? "month" : prefix + "Month", date == null ? null : String.format("%02d", date.getMonthValue()));
        model.put(prefix.isEmpty() ? "dateYear" : prefix + "Year", date == null ? null : String.valueOf(date.getYear()));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), EngineClock.VIETNAM);
    }

    /** The unit's name of the cycle's year, with its successor if it has been merged since (UnitNames). */
    /** Per member: how it kept each phase's deadline, in the words of every report ({@link Timeliness}). */
    private List<Map<String, String>> deadlines(Cycle cycle) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (String unit : cycle.members()) {
            rows.add(row("unit", name(unit, cycle), "registration", standingWords(cycle, Phase.REGISTRATION, unit),
                    "midYear", standingWords(cycle, Phase.MID_YEAR, unit), "yearEnd", standingWords(cycle, Phase.YEAR_END, unit),
                    "vote", standingWords(cycle, Phase.VOTE, unit)));
        }
        return rows;
    }

    private Timeliness standing(Cycle cycle, Phase phase, String unit) {
        return progress.of(cycle.businessKey(), phase).stream().filter(s -> s.province().equals(unit)).findFirst()
                .map(s -> s.timeliness(clock.instant())).orElse(null);
    }

    private String standingWords(Cycle cycle, Phase phase, String unit) {
        Timeliness timeliness = standing(cycle, phase, unit);
        return timeliness == null ? "—" : timeliness.label(phase);
    }

    String name(String code, Cycle cycle) {
        return code == null ? null : unitNames.ofYearWithSuccessor(code, cycle.year());
    }

    private static String denominator(Denominator denominator) {
        return switch (denominator) {
            case ALL_MEMBERS -> "tổng số đơn vị thành viên của cụm";
            case PRESENT -> "số đơn vị tham gia bỏ phiếu";
            case VALID_BALLOTS -> "số phiếu hợp lệ";
        };
    }

    private static String blankIfNull(String text) {
        return text == null ? "" : text;
    }

    private static Map<String, String> row(String... pairs) {
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put(pairs[i], pairs[i + 1]);
        }
        return row;
    }
}
