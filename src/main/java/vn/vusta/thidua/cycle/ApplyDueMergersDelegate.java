package vn.vusta.thidua.cycle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.engine.EngineClock;

/** The daily timer of {@code merger-watch}: applies the mergers in force today to every running cycle. */
@Component("applyDueMergers")
class ApplyDueMergersDelegate implements JavaDelegate {

    private static final Logger LOG = LoggerFactory.getLogger(ApplyDueMergersDelegate.class);

    private final MergerApplication mergers;
    private final Clock clock;

    ApplyDueMergersDelegate(MergerApplication mergers, Clock clock) {
        this.mergers = mergers;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), EngineClock.VIETNAM);
        List<MembershipChange.Report> reports = mergers.applyDue(today, "system");
        for (MembershipChange.Report report : reports) {
            LOG.info("Merger applied to {}: left {}, head {}, deputy {}", report.businessKey(), report.left(),
                    report.head(), report.deputy());
        }
        // in the job's transaction a failed cycle rolls back the night's work: the job fails, is retried and then
        // shows as an incident in Cockpit
        reports.stream().filter(r -> r.error() != null).findFirst().ifPresent(failed -> {
            throw new IllegalStateException("Sáp nhập chưa áp dụng được cho " + failed.businessKey() + ": " + failed.error());
        });
    }
}
