package vn.vusta.thidua.registration;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.cycle.CycleContext;
import vn.vusta.thidua.cycle.Notifications;
import vn.vusta.thidua.cycle.Phase;
import vn.vusta.thidua.cycle.PhaseTallies;
import vn.vusta.thidua.system.AuditTrail;
import vn.vusta.thidua.system.GroupIds;

/** The head has accepted every registration: the cluster's registration goes to VUSTA's council office. */
@Component("submitClusterRegistration")
class SubmitClusterRegistrationDelegate implements JavaDelegate {

    private final PhaseTallies tallies;
    private final Notifications notifications;
    private final AuditTrail audit;

    SubmitClusterRegistrationDelegate(PhaseTallies tallies, Notifications notifications, AuditTrail audit) {
        this.tallies = tallies;
        this.notifications = notifications;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CycleContext cycle = CycleContext.of(execution);
        Map<String, Object> summary = tallies.latest(cycle.businessKey(), Phase.REGISTRATION).orElseThrow();
        summary.put("submittedToVusta", true);
        tallies.record(cycle.businessKey(), Phase.REGISTRATION, summary);
        notifications.send(cycle.businessKey(), GroupIds.COUNCIL_OFFICE, "REGISTRATION_SUBMITTED",
                cycle.clusterLabel() + " đã gửi đăng ký thi đua năm " + cycle.year() + " ("
                        + cycle.members().size() + " đơn vị).");
        audit.record(cycle.head(), "SUBMIT_CLUSTER_REGISTRATION", cycle.businessKey() + "/registration", null);
    }
}
