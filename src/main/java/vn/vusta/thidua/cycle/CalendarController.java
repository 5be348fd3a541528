package vn.vusta.thidua.cycle;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.vusta.thidua.system.AuditTrail;
import vn.vusta.thidua.system.CurrentUser;
import vn.vusta.thidua.engine.EngineClock;

/**
 * A cluster's own deadlines for a year (administrators), e.g. {@code PUT /api/calendar/8/2026
 * {"REGISTRATION": "2026-04-15"}}. They apply to cycles opened afterwards; a running cycle keeps the deadlines it
 * opened with.
 */
@RestController
@RequestMapping("/api/calendar")
class CalendarController {

    private static final List<Phase> WITH_DEADLINES =
            List.of(Phase.REGISTRATION, Phase.MID_YEAR, Phase.YEAR_END, Phase.VOTE, Phase.COUNCIL);

    private final DeadlineCalendar calendar;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    CalendarController(DeadlineCalendar calendar, CurrentUser currentUser, AuditTrail audit) {
        this.calendar = calendar;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** The deadlines a cycle of this cluster and year opened on 1 January would get. */
    @GetMapping("/{cluster}/{year}")
    Map<Phase, LocalDate> deadlines(@PathVariable int cluster, @PathVariable int year) {
        Map<Phase, LocalDate> days = new EnumMap<>(Phase.class);
        calendar.deadlines(cluster, year, LocalDate.of(year, 1, 1).atStartOfDay(EngineClock.VIETNAM).toInstant())
                .forEach((phase, deadline) -> days.put(phase, deadline.due().atZone(EngineClock.VIETNAM).toLocalDate()));
        return days;
    }

    @PutMapping("/{cluster}/{year}")
    Map<Phase, LocalDate> set(@PathVariable int cluster, @PathVariable int year, @RequestBody Map<String, String> days) {
        currentUser.requireAdministrator();
        Map<Phase, LocalDate> own = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        days.forEach((name, text) -> {
            Phase phase = WITH_DEADLINES.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
            if (phase == null) {
                problems.add(name + ": không phải giai đoạn có hạn " + WITH_DEADLINES);
                return;
            }
            try {
                LocalDate day = LocalDate.parse(text);
                if (day.getYear() != year && !(phase == Phase.COUNCIL && day.getYear() == year + 1)) {
                    problems.add(name + ": ngày " + day + " không thuộc năm " + year);
                } else {
                    own.put(phase, day);
                }
            } catch (DateTimeParseException | NullPointerException e) {
                problems.add(name + ": '" + text + "' không phải ngày dạng YYYY-MM-DD");
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        own.forEach((phase, day) -> calendar.setOwnDeadline(cluster, year, phase, day));
        audit.record(currentUser.id(), "SET_CALENDAR", "calendar/" + cluster + "/" + year, own.toString());
        return deadlines(cluster, year);
    }
}
