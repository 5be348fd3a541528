package vn.vusta.thidua.overview;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.vusta.thidua.cycle.Cycle;
import vn.vusta.thidua.cycle.DeadlineCalendar;
import vn.vusta.thidua.cycle.Phase;
import vn.vusta.thidua.cycle.UnitProgress;
import vn.vusta.thidua.cycle.UnitStatus;
import vn.vusta.thidua.engine.EngineClock;

/** Per phase of one cycle: its deadline and where each member unit stands, read once for one answer. */
@Component
class CycleProgress {

    /** The phases with a deadline, in order; the first four have one task per member unit. */
    static final List<Phase> TIMELINE = List.of(Phase.REGISTRATION, Phase.MID_YEAR, Phase.YEAR_END, Phase.VOTE, Phase.COUNCIL);

    /** How many members stand where in one phase. */
    record Count(int members, int submitted, int late, int closedWithoutSubmission, List<String> lateUnits) {

        /** The share of members done with the phase: submitted, or closed without a submission. */
        int settledPercent() {
            return members == 0 ? 0 : (submitted + closedWithoutSubmission) * 100 / members;
        }
    }

    private final UnitProgress progress;
    private final DeadlineCalendar calendar;
    private final Clock clock;

    CycleProgress(UnitProgress progress, DeadlineCalendar calendar, Clock clock) {
        this.progress = progress;
        this.calendar = calendar;
        this.clock = clock;
    }

    Snapshot of(Cycle cycle) {
        return new Snapshot(cycle, progress.of(cycle.businessKey()), clock.instant());
    }

    final class Snapshot {

        private final Cycle cycle;
        private final Instant now;
        private final Map<Phase, Map<String, UnitStatus>> statuses = new EnumMap<>(Phase.class);
        private final Map<Phase, Instant> due = new EnumMap<>(Phase.class);

        private Snapshot(Cycle cycle, List<UnitStatus> rows, Instant now) {
            this.cycle = cycle;
            this.now = now;
            rows.forEach(s -> statuses.computeIfAbsent(s.phase(), p -> new HashMap<>()).put(s.province(), s));
            Map<Phase, DeadlineCalendar.Deadline> planned = calendar.deadlines(cycle.cluster(), cycle.year(), cycle.openedAt());
            for (Phase phase : TIMELINE) {
                // a running cycle keeps the deadlines it opened with, as its units' rows show (the earliest: a unit's
                // own extension only moves its row later); the calendar for phases not yet reached
                Instant earliest = statuses.getOrDefault(phase, Map.of()).values().stream().map(UnitStatus::dueAt)
                        .filter(d -> d != null).min(Instant::compareTo).orElse(null);
                DeadlineCalendar.Deadline deadline = planned.get(phase);
                due.put(phase, earliest != null ? earliest : deadline == null ? null : deadline.due());
            }
        }

        LocalDate due(Phase phase) {
            Instant instant = due.get(phase);
            return instant == null ? null : instant.atZone(EngineClock.VIETNAM).toLocalDate();
        }

        boolean passed(Phase phase) {
            return cycle.phase() == Phase.DONE || cycle.phase().compareTo(phase) > 0;
        }

        boolean reached(Phase phase) {
            return cycle.phase().compareTo(phase) >= 0;
        }

        /** Null for a phase the cycle has not reached; a member without a row of a reached phase has its task open. */
        Standing standing(Phase phase, String unit) {
            UnitStatus status = statuses.getOrDefault(phase, Map.of()).get(unit);
            if (status != null) {
                Standing standing = Standing.of(status, now);
                // a phase the cycle has left, without the unit's submission: it was closed without it
                return !standing.submitted() && passed(phase) ? Standing.CLOSED : standing;
            }
            if (!reached(phase) || phase == Phase.COUNCIL || cycle.phase() == Phase.DONE) {
                return null;
            }
            return due.get(phase) != null && now.isAfter(due.get(phase)) && cycle.phase() == phase ? Standing.OVERDUE
                    : cycle.phase() == phase ? Standing.OPEN : null;
        }

        UnitStatus status(Phase phase, String unit) {
            return statuses.getOrDefault(phase, Map.of()).get(unit);
        }

        /** Null for a phase without a task per unit (the council's) or not reached. */
        Count count(Phase phase) {
            if (phase == Phase.COUNCIL || !reached(phase)) {
                return null;
            }
            int submitted = 0;
            int closed = 0;
            List<String> late = new ArrayList<>();
            for (String member : cycle.members()) {
                Standing standing = standing(phase, member);
                if (standing == null) {
                    continue;
                }
                submitted += standing.submitted() ? 1 : 0;
                closed += standing == Standing.CLOSED ? 1 : 0;
                if (standing.late()) {
                    late.add(member);
                }
            }
            return new Count(cycle.members().size(), submitted, late.size(), closed, late);
        }
    }
}
