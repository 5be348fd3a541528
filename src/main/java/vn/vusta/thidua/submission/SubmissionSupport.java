package vn.vusta.thidua.submission;

import java.time.Clock;

import org.springframework.stereotype.Component;

import vn.vusta.thidua.cycle.UnitProgress;
import vn.vusta.thidua.system.AuditTrail;
import vn.vusta.thidua.workflow.Actor;

/** What every submission and review of a unit's report records beside it: lateness, the audit trail, who and when. */
@Component
public class SubmissionSupport {

    final UnitProgress progress;
    final AuditTrail audit;
    final Actor actor;
    final Clock clock;

    SubmissionSupport(UnitProgress progress, AuditTrail audit, Actor actor, Clock clock) {
        this.progress = progress;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }
}
