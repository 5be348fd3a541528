package vn.vusta.thidua.mail;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.cycle.CycleContext;
import vn.vusta.thidua.cycle.CycleNotice;
import vn.vusta.thidua.cycle.Phase;
import vn.vusta.thidua.reference.Province;
import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.engine.EngineClock;

/** The Vietnamese wording of every mail, and its link. */
@Component
class Letters {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(EngineClock.VIETNAM);
    private static final String OPEN_TASK = "Mở việc trong Tasklist";

    private final MailSettings settings;
    private final ReferenceData reference;

    Letters(MailSettings settings, ReferenceData reference) {
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

    MailContent headTaskDue(CycleNotice.HeadTaskDue notice) {
        CycleContext cycle = notice.cycle();
        String when = due("; hạn ", notice.due());
        return notice.late()
                ? new MailContent(MailKind.LATE, cycle.businessKey(), notice.taskId(),
                        "Quá hạn: " + notice.taskName() + " — " + cycle.clusterLabel(),
                        List.of("Đã quá hạn" + (notice.due() == null ? "" : " (" + day(notice.due()) + ")") + " mà việc \""
                                + notice.taskName() + "\" của cụm trưởng chưa được hoàn thành.",
                                "Đề nghị cụm trưởng hoàn thành ngay. Người phụ trách cụm và Thường trực Hội đồng đã được thông báo."),
                        taskLink(notice.taskId()))
                : new MailContent(MailKind.REMINDER, cycle.businessKey(), notice.taskId(),
                        "Nhắc việc: " + notice.taskName() + due(" — hạn ", notice.due()),
                        List.of("Việc \"" + notice.taskName() + "\" của cụm trưởng (" + cycle.clusterLabel()
                                + ") chưa được hoàn thành" + when + ".", "Đề nghị cụm trưởng hoàn thành trước hạn."),
                        taskLink(notice.taskId()));
    }

    MailContent headTaskEscalation(CycleNotice.HeadTaskDue notice) {
        CycleContext cycle = notice.cycle();
        return new MailContent(MailKind.ESCALATION, cycle.businessKey(), null,
                "Báo cáo quá hạn: " + cycle.clusterLabel() + " — cụm trưởng chưa hoàn thành \"" + notice.taskName() + "\"",
                List.of("Cụm trưởng" + (cycle.head() == null ? "" : " (" + unit(cycle.head()) + ")")
                        + " chưa hoàn thành việc \"" + notice.taskName() + "\"" + due("; hạn là ", notice.due()) + ".",
                        "Đề nghị đôn đốc cụm trưởng."),
                cycleLink(cycle));
    }

    MailContent unitClosed(CycleNotice.UnitClosed notice) {
        CycleContext cycle = notice.cycle();
        String status = notice.phase() == Phase.VOTE ? "không tham dự" : "không nộp đúng hạn";
        return new MailContent(MailKind.UNIT_CLOSED, cycle.businessKey(), null,
                phase(notice.phase(), cycle) + ": " + unit(notice.unit()) + " — " + status,
                List.of("Sau khi hết hạn, " + phase(notice.phase(), cycle) + " đã được đóng cho " + unit(notice.unit())
                        + " mà không có bài nộp của đơn vị. Đơn vị được ghi nhận: " + status + ".",
                        "Lý do: " + notice.reason(),
                        "Đơn vị vẫn có tên trong mọi báo cáo của cụm với tình trạng này; hệ quả (xét danh hiệu, kết quả "
                                + "bỏ phiếu) theo quy định của cụm."),
                cycleLink(cycle));
    }

    MailContent deadlineExtended(CycleNotice.DeadlineExtended notice) {
        CycleContext cycle = notice.cycle();
        return new MailContent(MailKind.DEADLINE_EXTENDED, cycle.businessKey(), notice.taskId(),
                "Gia hạn: " + notice.phase().label() + " năm " + cycle.year() + " — hạn mới " + day(notice.until()),
                List.of(unit(notice.unit()) + " được gia hạn nộp " + phase(notice.phase(), cycle)
                        + " đến hết ngày " + day(notice.until()) + ".", "Lý do: " + notice.reason(),
                        "Đề nghị đơn vị hoàn thành trong thời hạn gia hạn."),
                taskLink(notice.taskId()));
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

    MailContent taskReminder(CycleContext cycle, Task task) {
        Instant due = due(task);
        return new MailContent(MailKind.REMINDER, cycle.businessKey(), task.getId(), "Nhắc việc: " + task.getName(),
                List.of("Việc sau đây của anh/chị chưa hoàn thành:", task.getName(),
                        (due == null ? "Hạn sắp đến" : "Hạn: " + day(due)) + ". Đề nghị anh/chị hoàn thành trước hạn."),
                taskLink(task.getId()));
    }

    MailContent taskLate(CycleContext cycle, Task task) {
        return new MailContent(MailKind.LATE, cycle.businessKey(), task.getId(), "Quá hạn: " + task.getName(),
                List.of("Đã quá hạn" + dueInBrackets(task) + " mà việc sau đây chưa hoàn thành:",
                        task.getName(), "Việc vẫn do anh/chị xử lý; Thường trực Hội đồng đã được thông báo."),
                taskLink(task.getId()));
    }

    /** {@code holder}: who the task is with, as a reader knows them. */
    MailContent taskEscalation(CycleContext cycle, Task task, String holder) {
        return new MailContent(MailKind.ESCALATION, cycle.businessKey(), null,
                "Báo cáo quá hạn: " + task.getName(),
                List.of("Việc sau đây đã quá hạn" + dueInBrackets(task) + " mà chưa hoàn thành:", task.getName(),
                        "Người được giao: " + holder
                                + ". Đề nghị Thường trực Hội đồng đôn đốc; việc vẫn do người được giao xử lý."),
                cycleLink(cycle));
    }

    private static String dueInBrackets(Task task) {
        return due(task) == null ? "" : " (hạn " + day(due(task)) + ")";
    }

    private static Instant due(Task task) {
        return task.getDueDate() == null ? null : task.getDueDate().toInstant();
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
