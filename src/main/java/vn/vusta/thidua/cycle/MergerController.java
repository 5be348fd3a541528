package vn.vusta.thidua.cycle;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.vusta.thidua.system.CurrentUser;
import vn.vusta.thidua.engine.EngineClock;

/**
 * An administrator applies the mergers in force to the running cycles at once (the daily timer does the same at
 * night): {@code POST /api/mergers/apply} with {@code {"date": "2025-07-01"}} (default today; not after today).
 */
@RestController
@RequestMapping("/api/mergers")
class MergerController {

    record ApplyRequest(String date) {
    }

    private final MergerApplication mergers;
    private final CurrentUser currentUser;
    private final Clock clock;

    MergerController(MergerApplication mergers, CurrentUser currentUser, Clock clock) {
        this.mergers = mergers;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PostMapping("/apply")
    Map<String, Object> apply(@RequestBody(required = false) ApplyRequest request) {
        currentUser.requireAdministrator();
        LocalDate today = LocalDate.ofInstant(clock.instant(), EngineClock.VIETNAM);
        LocalDate date = request == null || request.date() == null ? today : parse(request.date());
        if (date.isAfter(today)) {
            throw new IllegalArgumentException("date: " + date + " chưa đến — sáp nhập chỉ áp dụng từ ngày có hiệu lực");
        }
        List<MembershipChange.Report> reports = mergers.applyDue(date, currentUser.id());
        return Map.of("date", date, "cycles", reports);
    }

    private static LocalDate parse(String date) {
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date: '" + date + "' không phải ngày dạng YYYY-MM-DD");
        }
    }
}
