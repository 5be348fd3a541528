package vn.vusta.thidua.cycle;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.NoSuchElementException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.vusta.thidua.system.CurrentUser;
import vn.vusta.thidua.system.ForbiddenException;
import vn.vusta.thidua.system.GroupIds;

/**
 * A late unit, handled by the cluster head of the cycle (any unit but its own) or VUSTA's office (any unit, also the
 * head's): {@code POST /api/cycles/{key}/units/{unit}/close} with {@code {"reason": "…"}} and
 * {@code POST /api/cycles/{key}/units/{unit}/extend} with {@code {"until": "YYYY-MM-DD", "reason": "…"}}
 * (docs/api.md).
 */
@RestController
@RequestMapping("/api/cycles/{businessKey}/units/{unit}")
class UnitDeadlineController {

    record CloseRequest(String reason) {
    }

    record ExtendRequest(String until, String reason) {
    }

    private final UnitDeadlines deadlines;
    private final Cycles cycles;
    private final CurrentUser currentUser;

    UnitDeadlineController(UnitDeadlines deadlines, Cycles cycles, CurrentUser currentUser) {
        this.deadlines = deadlines;
        this.cycles = cycles;
        this.currentUser = currentUser;
    }

    @PostMapping("/close")
    UnitDeadlines.Outcome close(@PathVariable String businessKey, @PathVariable String unit,
            @RequestBody(required = false) CloseRequest request) {
        requireHeadOrOffice(businessKey, unit, "đóng giai đoạn cho");
        return deadlines.close(businessKey, unit, reason(request == null ? null : request.reason()), currentUser.id());
    }

    @PostMapping("/extend")
    UnitDeadlines.Outcome extend(@PathVariable String businessKey, @PathVariable String unit,
            @RequestBody(required = false) ExtendRequest request) {
        Cycle cycle = requireHeadOrOffice(businessKey, unit, "gia hạn cho");
        LocalDate until = day(request == null ? null : request.until(), cycle.year());
        String reason = reason(request == null ? null : request.reason());
        return deadlines.extend(businessKey, unit, until, reason, currentUser.id());
    }

    /** The cycle's head for another unit; VUSTA's office (or an administrator) for any unit, the head's included. */
    private Cycle requireHeadOrOffice(String businessKey, String unit, String what) {
        Cycle cycle = cycles.find(businessKey)
                .orElseThrow(() -> new NoSuchElementException("Không có chu kỳ " + businessKey));
        if (currentUser.isIn(GroupIds.COUNCIL_OFFICE) || currentUser.isAdministrator()) {
            return cycle;
        }
        boolean head = cycle.head() != null && currentUser.isIn(GroupIds.province(cycle.head()));
        if (head && unit.equals(cycle.head())) {
            throw new ForbiddenException("Cụm trưởng không tự " + what + " đơn vị mình: Thường trực Hội đồng Thi đua – "
                    + "Khen thưởng LHHVN thực hiện việc này");
        }
        if (!head) {
            throw new ForbiddenException("Chỉ cụm trưởng của chu kỳ " + businessKey + " hoặc Thường trực Hội đồng Thi "
                    + "đua – Khen thưởng LHHVN được " + what + " đơn vị");
        }
        return cycle;
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason: bắt buộc — ghi lý do (sẽ lưu vào hồ sơ của chu kỳ)");
        }
        if (reason.length() > 1000) {
            throw new IllegalArgumentException("reason: tối đa 1000 ký tự");
        }
        return reason.strip();
    }

    /** A real day, at the latest the end of the year after the cycle's (the vote of a year ends early in the next). */
    private static LocalDate day(String until, int year) {
        if (until == null || until.isBlank()) {
            throw new IllegalArgumentException("until: bắt buộc, ngày dạng YYYY-MM-DD");
        }
        LocalDate day;
        try {
            day = LocalDate.parse(until.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("until: '" + until + "' không phải ngày có thật dạng YYYY-MM-DD");
        }
        if (day.isAfter(LocalDate.of(year + 1, 12, 31))) {
            throw new IllegalArgumentException("until: hạn mới không được sau ngày 31/12/" + (year + 1));
        }
        return day;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        return ResponseEntity.badRequest().body(Map.of("error", "BAD_REQUEST", "message", "Nội dung yêu cầu không "
                + "đọc được: gửi JSON dạng {\"reason\": \"…\"} (gia hạn thêm \"until\": \"YYYY-MM-DD\")"));
    }

    @ExceptionHandler(UnitDeadlines.Refused.class)
    ResponseEntity<Map<String, Object>> refused(UnitDeadlines.Refused e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", "CONFLICT", "message", e.getMessage()));
    }
}
