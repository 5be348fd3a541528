package vn.vusta.thidua.cycle;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.vusta.thidua.system.CurrentUser;
import vn.vusta.thidua.engine.EngineClock;

/** Opening and cancelling cycles (administrators) and reading their results (see docs/api.md). */
@RestController
@RequestMapping("/api")
class CycleController {

    /** {@code {"year": 2025}} opens every cluster's cycle; with {@code "cluster": 8} only that one. */
    record StartRequest(Integer year, Integer cluster) {
    }

    record CancelRequest(String reason) {
    }

    record SyncRequest(String date) {
    }

    private final CycleStarter starter;
    private final Cycles cycles;
    private final CycleLiveness liveness;
    private final CycleCancellation cancellation;
    private final CycleAccess access;
    private final CycleResults results;
    private final Notifications notifications;
    private final CurrentUser currentUser;
    private final MembershipSync membershipSync;
    private final Clock clock;

    CycleController(CycleStarter starter, Cycles cycles, CycleLiveness liveness, CycleCancellation cancellation,
            CycleAccess access, CycleResults results, Notifications notifications, CurrentUser currentUser,
            MembershipSync membershipSync, Clock clock) {
        this.membershipSync = membershipSync;
        this.clock = clock;
        this.starter = starter;
        this.cycles = cycles;
        this.liveness = liveness;
        this.cancellation = cancellation;
        this.access = access;
        this.results = results;
        this.notifications = notifications;
        this.currentUser = currentUser;
    }

    /** Every cluster of a year: one outcome each; one cluster: its outcome, or 409 if the year already has a cycle. */
    @PostMapping("/cycles")
    List<CycleStarter.Outcome> start(@RequestBody StartRequest request) {
        access.requireStarter();
        if (request.year() == null || request.year() < 2000 || request.year() > 2199) {
            throw new IllegalArgumentException("year: bắt buộc, từ 2000 đến 2199");
        }
        if (request.cluster() == null) {
            return starter.startAll(request.year());
        }
        CycleStarter.Outcome outcome = starter.start(request.cluster(), request.year());
        if (outcome.conflict()) {
            throw new AlreadyOpen(outcome);
        }
        return List.of(outcome);
    }

    /** {@code POST /api/cycles/{businessKey}/cancel} with {@code {"reason": "…"}}; administrators only. */
    @PostMapping("/cycles/{businessKey}/cancel")
    Map<String, Object> cancel(@PathVariable String businessKey, @RequestBody(required = false) CancelRequest request) {
        currentUser.requireAdministrator();
        Cycle cancelled = cancellation.cancel(businessKey, request == null ? null : request.reason(), currentUser.id());
        return summary(cancelled);
    }

    /**
     * {@code POST /api/cycles/{businessKey}/membership/sync} with {@code {"date": "2026-01-01"}} (default today, within
     * the cycle's year); administrators only: the cycle takes the cluster's members of the reference data that day.
     */
    @PostMapping("/cycles/{businessKey}/membership/sync")
    List<MembershipChange.Report> sync(@PathVariable String businessKey,
            @RequestBody(required = false) SyncRequest request) {
        currentUser.requireAdministrator();
        LocalDate date = request == null || request.date() == null
                ? LocalDate.ofInstant(clock.instant(), EngineClock.VIETNAM) : parse(request.date());
        return membershipSync.sync(businessKey, date, currentUser.id());
    }

    private static LocalDate parse(String date) {
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date: '" + date + "' không phải ngày dạng YYYY-MM-DD");
        }
    }

    @GetMapping("/cycles")
    List<Map<String, Object>> list(@RequestParam int year) {
        return cycles.ofYear(year).stream().map(liveness::refresh).filter(this::readable).map(this::summary).toList();
    }

    @GetMapping("/cycles/{businessKey}")
    Map<String, Object> results(@PathVariable String businessKey) {
        Cycle cycle = cycles.find(businessKey).map(liveness::refresh)
                .orElseThrow(() -> new NoSuchElementException("Không có chu kỳ " + businessKey));
        return results.of(cycle, access.scopeFor(cycle));
    }

    @GetMapping("/notifications")
    List<Notifications.Notification> notifications() {
        return notifications.forGroups(currentUser.groups());
    }

    @ExceptionHandler(AlreadyOpen.class)
    ResponseEntity<Map<String, Object>> alreadyOpen(AlreadyOpen e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", "CYCLE_ALREADY_OPEN",
                "message", e.getMessage(), "businessKey", e.outcome.businessKey()));
    }

    @ExceptionHandler(CycleCancellation.NotRunning.class)
    ResponseEntity<Map<String, Object>> notRunning(CycleCancellation.NotRunning e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", "CYCLE_NOT_RUNNING",
                "message", e.getMessage()));
    }

    private Map<String, Object> summary(Cycle c) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("businessKey", c.businessKey());
        summary.put("cluster", c.cluster());
        summary.put("year", c.year());
        summary.put("phase", c.phase());
        summary.put("status", c.status());
        summary.put("head", c.head());
        if (c.cancellation() != null) {
            summary.put("cancellation", c.cancellation());
        }
        return summary;
    }

    private boolean readable(Cycle cycle) {
        try {
            access.scopeFor(cycle);
            return true;
        } catch (RuntimeException refused) {
            return false;
        }
    }

    static final class AlreadyOpen extends RuntimeException {

        private final transient CycleStarter.Outcome outcome;

        AlreadyOpen(CycleStarter.Outcome outcome) {
            super(outcome.reason());
            this.outcome = outcome;
        }
    }
}
