package vn.vusta.thidua.mail;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.vusta.thidua.system.AuditTrail;
import vn.vusta.thidua.system.CurrentUser;
import vn.vusta.thidua.system.ForbiddenException;
import vn.vusta.thidua.system.GroupIds;

/** The outbox for administrators and the council's office: what has not gone out, why, and retrying (docs/api.md). */
@RestController
@RequestMapping("/api/mail/outbox")
class MailOutboxController {

    private static final Set<MailStatus> NOT_SENT = EnumSet.complementOf(EnumSet.of(MailStatus.SENT));
    private static final int MAX_LIMIT = 1000;

    private final MailOutbox outbox;
    private final MailSettings settings;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    MailOutboxController(MailOutbox outbox, MailSettings settings, CurrentUser currentUser, AuditTrail audit) {
        this.outbox = outbox;
        this.settings = settings;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @GetMapping
    Map<String, Object> list(@RequestParam(required = false) String status,
            @RequestParam(required = false, defaultValue = "200") String limit) {
        requireOfficeOrAdministrator();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("mailEnabled", settings.enabled());
        answer.put("mails", outbox.list(statuses(status), limit(limit)));
        return answer;
    }

    @GetMapping("/{id}")
    Map<String, Object> one(@PathVariable String id) {
        requireOfficeOrAdministrator();
        OutboxMail mail = find(id);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("mail", mail);
        answer.put("text", outbox.textOf(mail.id()));
        answer.put("history", outbox.history(mail.id()));
        return answer;
    }

    @PostMapping("/{id}/retry")
    OutboxMail retry(@PathVariable String id) {
        requireOfficeOrAdministrator();
        OutboxMail mail = find(id);
        if (!outbox.retry(mail.id(), currentUser.id())) {
            throw new IllegalArgumentException("Thư " + mail.id() + " đang ở trạng thái " + mail.status()
                    + ": chỉ gửi lại được thư FAILED hoặc PENDING");
        }
        audit.record(currentUser.id(), "RETRY_MAIL", "mail/" + mail.id(), mail.subject() + " → " + mail.address());
        return outbox.find(mail.id()).orElseThrow();
    }

    private OutboxMail find(String id) {
        long number;
        try {
            number = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("id: phải là số của một thư trong hộp thư đi");
        }
        return outbox.find(number).orElseThrow(() -> new NoSuchElementException("Không có thư " + number));
    }

    private static Set<MailStatus> statuses(String status) {
        if (status == null || status.isBlank()) {
            return NOT_SENT;
        }
        try {
            return Arrays.stream(status.split(",")).map(String::trim).map(MailStatus::valueOf)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(MailStatus.class)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("status: một hoặc nhiều trong " + List.of(MailStatus.values())
                    + ", cách nhau bởi dấu phẩy");
        }
    }

    private static int limit(String limit) {
        try {
            int value = Integer.parseInt(limit);
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new IllegalArgumentException("limit: số từ 1 đến " + MAX_LIMIT);
    }

    private void requireOfficeOrAdministrator() {
        if (!currentUser.isAdministrator() && !currentUser.isIn(GroupIds.COUNCIL_OFFICE)) {
            throw new ForbiddenException("Chỉ quản trị viên và Thường trực Hội đồng được xem hộp thư đi");
        }
    }
}
