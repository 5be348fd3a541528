package vn.vusta.thidua.council;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.cycle.CycleContext;
import vn.vusta.thidua.cycle.CycleNotice;
import vn.vusta.thidua.cycle.Notifications;
import vn.vusta.thidua.reference.ClusterLeadership;
import vn.vusta.thidua.reference.ReferenceData;
import vn.vusta.thidua.system.AuditTrail;
import vn.vusta.thidua.system.GroupIds;
import vn.vusta.thidua.reference.VietnameseFormat;

/**
 * After the chair has signed: one award per nominee the council approved, recorded against the unit with the
 * decision's number and date, and next year's head and deputy as the cluster elected them, so that the parent's
 * {@code Task_StartNextCycle} can open next year's cycle.
 */
@Component("recordAwards")
class RecordAwardsDelegate implements JavaDelegate {

    private final Awards awards;
    private final CouncilVotes votes;
    private final ReferenceData reference;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final StartAchievementReportsListener achievementReports;

    RecordAwardsDelegate(Awards awards, CouncilVotes votes, ReferenceData reference, Notifications notifications,
            AuditTrail audit, StartAchievementReportsListener achievementReports) {
        this.achievementReports = achievementReports;
        this.awards = awards;
        this.votes = votes;
        this.reference = reference;
        this.notifications = notifications;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CycleContext cycle = CycleContext.of(execution);
        AwardDecision decision = awards.decision(cycle.businessKey()).orElseThrow(
                () -> new IllegalStateException("no award decision signed for " + cycle.businessKey()));
        List<Nominee> approved = votes.tally(cycle.businessKey()).stream().filter(CouncilTally::approved)
                .map(CouncilTally::nominee).toList();
        awards.grant(decision, approved);
        achievementReports.closeOpen(cycle.businessKey());
        String subject = cycle.businessKey() + "/council/decision";
        audit.record(decision.signedBy(), "SIGN_AWARD_DECISION", subject, "quyết định " + decision.number() + " ngày "
                + decision.date() + "; khen thưởng: " + (approved.isEmpty() ? "không" : approved.stream()
                        .map(Nominee::key).toList()));
        String leadership;
        if (decision.nextHead() != null) {
            reference.saveLeadership(new ClusterLeadership(cycle.cluster(), cycle.year() + 1, decision.nextHead(),
                    decision.nextDeputy(), "bầu tại hội nghị tổng kết năm " + cycle.year() + ", quyết định "
                            + decision.number()));
            audit.record(decision.signedBy(), "RECORD_NEXT_LEADERSHIP", cycle.businessKey() + "/council/leadership",
                    "cụm trưởng " + decision.nextHead() + ", cụm phó " + decision.nextDeputy() + " năm " + (cycle.year() + 1));
            leadership = "";
        } else {
            leadership = " Chưa có kết quả bầu cụm trưởng năm " + (cycle.year() + 1) + ": quản trị viên cần nhập.";
            notifications.send(cycle.businessKey(), GroupIds.COUNCIL_OFFICE, "LEADERSHIP_MISSING",
                    cycle.clusterLabel() + ":" + leadership);
        }
        notifications.send(cycle.businessKey(), cycle.headGroup(), "AWARDS_DECIDED",
                "Quyết định khen thưởng " + decision.number() + " ngày " + VietnameseFormat.date(decision.date()) + " cho "
                        + cycle.clusterLabel()
                        + " năm " + cycle.year() + ": " + approved.size() + " đơn vị được khen thưởng." + leadership);
        notifications.tell(new CycleNotice.DecisionSigned(cycle, decision.number(), decision.date(),
                approved.stream().map(n -> new CycleNotice.Award(n.unit(), n.title())).toList()));
    }
}
