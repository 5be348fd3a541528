package vn.vusta.thidua.cycle;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.vusta.thidua.system.CurrentUser;

/** Opening cycles (administrators) and reading their results (see docs/api.md). */
@RestController
@RequestMapping("/api")
class CycleController {

    /** {@code {"year": 2025}} opens every cluster's cycle; with {@code "cluster": 8} only that one. */
    record StartRequest(Integer year, Integer cluster) {
    }

    private final CycleStarter starter;
    private final CycleRepository cycles;
    private final CycleAccess access;
    private final CycleResults results;
    private final Notifications notifications;
    private final CurrentUser currentUser;

    CycleController(CycleStarter starter, CycleRepository cycles, CycleAccess access, CycleResults results,
            Notifications notifications, CurrentUser currentUser) {
        this.starter = starter;
        this.cycles = cycles;
        this.access = access;
        this.results = results;
        this.notifications = notifications;
        this.currentUser = currentUser;
    }

    @PostMapping("/cycles")
    List<CycleStarter.Outcome> start(@RequestBody StartRequest request) {
        access.requireStarter();
        if (request.year() == null || request.year() < 2000 || request.year() > 2100) {
            throw new IllegalArgumentException("year: bắt buộc, từ 2000 đến 2100");
        }
        return request.cluster() == null ? starter.startAll(request.year())
                : List.of(starter.start(request.cluster(), request.year()));
    }

    @GetMapping("/cycles")
    List<Map<String, Object>> list(@RequestParam int year) {
        return cycles.ofYear(year).stream().filter(this::readable).map(c -> Map.<String, Object>of(
                "businessKey", c.businessKey(), "cluster", c.cluster(), "year", c.year(), "phase", c.phase(),
                "head", c.head())).toList();
    }

    @GetMapping("/cycles/{businessKey}")
    Map<String, Object> results(@PathVariable String businessKey) {
        Cycle cycle = cycles.find(businessKey)
                .orElseThrow(() -> new NoSuchElementException("Không có chu kỳ " + businessKey));
        return results.of(cycle, access.scopeFor(cycle));
    }

    @GetMapping("/notifications")
    List<Notifications.Notification> notifications() {
        return notifications.forGroups(currentUser.groups());
    }

    private boolean readable(Cycle cycle) {
        try {
            access.scopeFor(cycle);
            return true;
        } catch (RuntimeException refused) {
            return false;
        }
    }
}
