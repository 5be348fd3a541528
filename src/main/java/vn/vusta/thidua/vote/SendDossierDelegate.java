package vn.vusta.thidua.vote;

import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.cycle.CycleContext;
import vn.vusta.thidua.cycle.Notifications;
import vn.vusta.thidua.system.AuditTrail;
import vn.vusta.thidua.system.GroupIds;

/** The head confirmed the minutes: the cluster's dossier (proposal and minutes) goes to VUSTA's council office. */
@Component("sendDossier")
class SendDossierDelegate implements JavaDelegate {

    private final Nominations nominations;
    private final VoteOptions options;
    private final Notifications notifications;
    private final AuditTrail audit;

    SendDossierDelegate(Nominations nominations, VoteOptions options, Notifications notifications, AuditTrail audit) {
        this.nominations = nominations;
        this.options = options;
        this.notifications = notifications;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CycleContext cycle = CycleContext.of(execution);
        String proposed = nominations.proposed(cycle.businessKey()).stream()
                .map(o -> options.name(o.unit()) + " — " + o.title().label()).collect(Collectors.joining("; "));
        notifications.send(cycle.businessKey(), GroupIds.COUNCIL_OFFICE, "VOTE_DOSSIER_SENT",
                cycle.clusterLabel() + " gửi hồ sơ đề nghị khen thưởng năm " + cycle.year() + ": "
                        + (proposed.isEmpty() ? "không đề nghị đơn vị nào" : proposed) + ".");
        audit.record(cycle.head(), "SEND_VOTE_DOSSIER", cycle.businessKey() + "/vote", proposed);
    }
}
