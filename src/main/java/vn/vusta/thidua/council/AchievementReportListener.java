package vn.vusta.thidua.council;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.cycle.YearEndResults;
import vn.vusta.thidua.cycle.CycleContext;
import vn.vusta.thidua.engine.EngineClock;
import vn.vusta.thidua.engine.FormPrefill;
import vn.vusta.thidua.reference.FieldsOfWork;
import vn.vusta.thidua.reference.VietnameseFormat;
import vn.vusta.thidua.system.AuditTrail;
import vn.vusta.thidua.workflow.Actor;
import vn.vusta.thidua.workflow.FormJson;
import vn.vusta.thidua.workflow.FormValues;

/**
 * A nominee's Báo cáo thành tích (form {@code write-achievement-report}), written by the nominee's officer
 * ({@code Task_WriteAchievementReport}, process {@code achievement-report}) or re-opened by the head when the office
 * returns the dossier for it ({@code Task_CorrectAchievementReport}). The form opens with the unit's registered targets
 * and year-end results and its last version; on complete the texts are checked and stored as the next version.
 */
@Component("achievementReport")
class AchievementReportListener implements TaskListener, FormPrefill {

    static final String NOMINEE = "nominee";
    static final String NOMINEE_LABEL = "nomineeLabel";
    static final String RESULTS = "resultRows";
    static final String SITUATION = "situation";
    static final String ACHIEVEMENTS = "achievements";
    static final String PREVIOUS_AWARDS = "previousAwards";
    static final String OFFICE_NOTE = "officeNote";
    static final int SITUATION_LENGTH = 4000;
    static final int ACHIEVEMENTS_LENGTH = 8000;
    static final int AWARDS_LENGTH = 2000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(EngineClock.VIETNAM);

    private final AchievementReports reports;
    private final YearEndResults results;
    private final DossierView view;
    private final AuditTrail audit;
    private final Actor actor;
    private final Clock clock;

    AchievementReportListener(AchievementReports reports, YearEndResults results, DossierView view, AuditTrail audit,
            Actor actor, Clock clock) {
        this.reports = reports;
        this.results = results;
        this.view = view;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    @Override
    public Map<String, Object> values(DelegateTask task) {
        String businessKey = task.getExecution().getProcessBusinessKey();
        String unit = nominee(task);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(NOMINEE_LABEL, label(businessKey, unit));
        YearEndResults.UnitResults result = results.latestResults(businessKey, unit).orElse(null);
        values.put(RESULTS, FormJson.serialized(rows(result)));
        AchievementReport previous = reports.latest(businessKey, unit).orElse(null);
        values.put(SITUATION, previous == null ? null : previous.situation());
        values.put(ACHIEVEMENTS, previous != null ? previous.achievements() : result == null ? null : result.achievements());
        values.put(PREVIOUS_AWARDS, previous == null ? null : previous.previousAwards());
        Object note = task.getExecution().getProcessInstance().getVariable(CouncilVariables.DOSSIER_RETURN_REASON);
        values.put(OFFICE_NOTE, note == null ? "" : note);
        return values;
    }

    @Override
    public void notify(DelegateTask task) {
        CycleContext cycle = CycleContext.of(task);
        String unit = nominee(task);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            String due = task.getDueDate() == null ? "" : " — hạn " + DAY.format(task.getDueDate().toInstant());
            boolean correction = "Task_CorrectAchievementReport".equals(task.getTaskDefinitionKey());
            task.setName((correction ? "Sửa báo cáo thành tích năm " : "Viết báo cáo thành tích năm ") + cycle.year()
                    + " — " + view.label(nominee(cycle.businessKey(), unit)) + due);
            task.setDescription(correction
                    ? "Thường trực Hội đồng trả lại hồ sơ; cụm trưởng mở lại báo cáo thành tích của đơn vị để sửa."
                    : "Đơn vị được cụm đề nghị khen thưởng: viết báo cáo thành tích của tập thể (Nghị định 30/2020/NĐ-CP)"
                            + " để gửi kèm hồ sơ về LHHVN.");
            return;
        }
        if (!EVENTNAME_COMPLETE.equals(task.getEventName())) {
            return;
        }
        FormValues form = new FormValues(task);
        String situation = form.text(SITUATION, "Đặc điểm, tình hình", SITUATION_LENGTH, true);
        String achievements = form.text(ACHIEVEMENTS, "Thành tích đạt được", ACHIEVEMENTS_LENGTH, true);
        String awards = form.text(PREVIOUS_AWARDS, "Các hình thức khen thưởng đã được ghi nhận", AWARDS_LENGTH, false);
        form.throwIfInvalid();
        int version = reports.latest(cycle.businessKey(), unit).map(r -> r.version() + 1).orElse(1);
        String who = actor.of(task);
        reports.insert(new AchievementReport(cycle.businessKey(), unit, version, situation, achievements, awards, who,
                clock.instant(), task.getId()));
        audit.record(who, "SUBMIT_ACHIEVEMENT_REPORT", cycle.businessKey() + "/council/achievement/" + unit,
                "phiên bản " + version);
    }

    static String nominee(DelegateTask task) {
        return (String) task.getExecution().getVariable(NOMINEE);
    }

    private Nominee nominee(String businessKey, String unit) {
        return view.nominees(businessKey).stream().filter(n -> n.unit().equals(unit)).findFirst()
                .orElseThrow(() -> new IllegalStateException(unit + " is not proposed in " + businessKey));
    }

    private String label(String businessKey, String unit) {
        return view.label(nominee(businessKey, unit));
    }

    private static List<Map<String, Object>> rows(YearEndResults.UnitResults result) {
        List<Map<String, Object>> rows = new ArrayList<>();
        if (result == null) {
            return rows;
        }
        for (YearEndResults.FieldResult item : result.fields()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("field", FieldsOfWork.name(item.field()));
            row.put("target", VietnameseFormat.quantity(item.target()));
            row.put("result", VietnameseFormat.quantity(item.result()));
            row.put("completion", item.target().signum() == 0 ? "—" : VietnameseFormat.share(item.result(), item.target()));
            rows.add(row);
        }
        return rows;
    }
}
