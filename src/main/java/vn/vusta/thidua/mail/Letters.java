package vn.vusta.thidua.mail;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.cycle.CycleContext;
import vn.vusta.thidua.cycle.CycleNotice;
import vn.vusta.thidua.cycle.Phase;
import vn.vusta.thidua.reference.Province;
import vn.vusta.thidua.reference.ReferenceRepository;
import vn.vusta.thidua.engine.EngineClock;

/** The Vietnamese wording of every mail, and its link. */
@Component
class Letters {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(EngineClock.VIETNAM);
    private static final String OPEN_TASK = "Mở việc trong Tasklist";

    private final MailSettings settings;
    private final ReferenceRepository reference;

    Letters(MailSettings settings, ReferenceRepository reference) {
        this.settings = settings;
        this.reference = reference;
    }

    MailContent newTask(DelegateTask task) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("Anh/chị có việc mới trong hệ thống " + settings.fromName() + ":");
        paragraphs.add(task.getName());
        String description = task.getDescription() == null ? "" : task.getDescription().trim();
        if (!description.isEmpty()) {
            paragraphs.add(description);
        }
        if (task.getDueDate() != null && !description.contains(day(task.getDueDate().toInstant()))) {
            paragraphs.add("Hạn: " + day(task.getDueDate().toInstant()) + ".");
        }
        return new MailContent(MailKind.NEW_TASK, task.getExecution().getProcessBusinessKey(), task.getId(),
                "Việc mới: " + task.getName(), paragraphs, taskLink(task.getId()));
    }

    MailContent reminder(CycleNotice.Reminder notice, String taskId, Instant due) {
        CycleContext cycle = notice.cycle();
        return new MailContent(MailKind.REMINDER, cycle.businessKey(), taskId,
                "Nhắc việc: " + notice.phase().label() + " năm " + cycle.year() + due(" — hạn ", due),
                List.of(unit(notice.unit()) + " chưa nộp " + phase(notice.phase(), cycle) + ".",
                        (due == null ? "Hạn nộp sắp đến" : "Hạn nộp: " + day(due)) + ". Đề nghị đơn vị hoàn thành trước hạn."),
                taskId == null ? tasklistLink() : taskLink(taskId));
    }

    MailContent lateToUnit(CycleNotice.UnitLate notice, String taskId, Instant due) {
        CycleContext cycle = notice.cycle();
        return new MailContent(MailKind.LATE, cycle.businessKey(), taskId,
                "Quá hạn: " + notice.phase().label() + " năm " + cycle.year() + " — " + unit(notice.unit()),
                List.of("Đã quá hạn nộp" + (due == null ? "" : " (" + day(due) + ")") + " mà " + unit(notice.unit()) + " chưa nộp "
                        + phase(notice.phase(), cycle) + ".",
                        "Đề nghị đơn vị nộp ngay. Cụm trưởng, người phụ trách cụm và Thường trực Hội đồng đã được thông báo."),
                taskId == null ? tasklistLink() : taskLink(taskId));
    }

    MailContent lateToHead(CycleNotice.UnitLate notice, Instant due) {
        CycleContext cycle = notice.cycle();
        return new MailContent(MailKind.LATE, cycle.businessKey(), null,
                "Quá hạn: " + unit(notice.unit()) + " chưa nộp " + notice.phase().label() + " năm " + cycle.year(),
                List.of(unit(notice.unit()) + " chưa nộp " + phase(notice.phase(), cycle) + due("; hạn nộp là ", due) + ".",
                        "Đề nghị cụm trưởng đôn đốc đơn vị."), cycleLink(cycle));
    }

    MailContent escalation(CycleNotice.UnitLate notice, Instant due) {
        CycleContext cycle = notice.cycle();
        return new MailContent(MailKind.ESCALATION, cycle.businessKey(), null,
                "Báo cáo quá hạn: " + cycle.clusterLabel() + " — " + unit(notice.unit()) + " chưa nộp "
                        + notice.phase().label() + " năm " + cycle.year(),
                List.of(unit(notice.unit()) + " chưa nộp " + phase(notice.phase(), cycle) + due("; hạn nộp là ", due) + ".",
                        "Cụm trưởng (" + unit(cycle.head()) + ") đã được đề nghị đôn đốc đơn vị."), cycleLink(cycle));
    }

    MailContent dossierReturned(CycleNotice.DossierReturned notice) {
        CycleContext cycle = notice.cycle();
        return new MailContent(MailKind.DOSSIER_RETURNED, cycle.businessKey(), notice.taskId(),
                "Hồ sơ đề nghị khen thưởng năm " + cycle.year() + " bị trả lại — " + cycle.clusterLabel(),
                List.of("Thường trực Hội đồng Thi đua – Khen thưởng LHHVN đã trả lại hồ sơ đề nghị khen thưởng năm "
                        + cycle.year() + " của " + cycle.clusterLabel() + ".",
                        "Lý do: " + (notice.reason() == null ? "(không ghi)" : notice.reason()),
                        "Đề nghị cụm trưởng sửa hồ sơ và gửi lại."),
                new MailContent.Link("Mở việc sửa hồ sơ trong Tasklist", settings.taskUrl(notice.taskId())));
    }

    MailContent decisionSigned(CycleNotice.DecisionSigned notice) {
        CycleContext cycle = notice.cycle();
        String awards = notice.awards().isEmpty() ? "Không có đơn vị nào được khen thưởng."
                : "Được khen thưởng:\n" + String.join("\n", notice.awards().stream()
                        .map(a -> "– " + unit(a.unit()) + ": " + a.title().label()).toList());
        return new MailContent(MailKind.DECISION_SIGNED, cycle.businessKey(), null,
                "Quyết định khen thưởng số " + notice.number() + " — " + cycle.clusterLabel() + " năm " + cycle.year(),
                List.of("Chủ tịch Hội đồng Thi đua – Khen thưởng LHHVN đã ký Quyết định số " + notice.number() + " ngày "
                        + day(notice.date()) + " khen thưởng năm " + cycle.year() + " cho " + cycle.clusterLabel() + ".",
                        awards),
                new MailContent.Link("Tải quyết định (PDF)",
                        settings.url("/api/cycles/" + cycle.businessKey() + "/documents/decision.pdf")));
    }

    private String unit(String code) {
        return "LHH " + reference.province(code).map(Province::name).orElse(code);
    }

    private static String phase(Phase phase, CycleContext cycle) {
        return phase.label() + " năm " + cycle.year() + " (" + cycle.clusterLabel() + ")";
    }

    private static String due(String prefix, Instant due) {
        return due == null ? "" : prefix + day(due);
    }

    private static String day(Instant instant) {
        return DAY.format(instant);
    }

    private static String day(LocalDate date) {
        return DateTimeFormatter.ofPattern("dd/MM/yyyy").format(date);
    }

    private MailContent.Link taskLink(String taskId) {
        return new MailContent.Link(OPEN_TASK, settings.taskUrl(taskId));
    }

    private MailContent.Link tasklistLink() {
        return new MailContent.Link("Mở Tasklist", settings.tasklistUrl());
    }

    private MailContent.Link cycleLink(CycleContext cycle) {
        return new MailContent.Link("Tình hình nộp của các đơn vị", settings.url("/api/cycles/" + cycle.businessKey()));
    }
}
