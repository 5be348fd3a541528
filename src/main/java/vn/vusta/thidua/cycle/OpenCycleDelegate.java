package vn.vusta.thidua.cycle;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.reference.ClusterLeadership;
import vn.vusta.thidua.reference.ReferenceRepository;
import vn.vusta.thidua.rules.RuleBooks;
import vn.vusta.thidua.rules.RuleVersions;
import vn.vusta.thidua.system.GroupIds;

/**
 * Opens a cluster's year from just {@code cluster} and {@code year}: members on 1 January, this year's head
 * and deputy, the rule versions in force (kept for the whole cycle) and the deadlines.
 */
@Component("openCycle")
class OpenCycleDelegate implements JavaDelegate {

    private final ReferenceRepository reference;
    private final RuleBooks ruleBooks;
    private final DeadlineCalendar calendar;
    private final CycleRepository cycles;
    private final Clock clock;

    OpenCycleDelegate(ReferenceRepository reference, RuleBooks ruleBooks, DeadlineCalendar calendar,
            CycleRepository cycles, Clock clock) {
        this.reference = reference;
        this.ruleBooks = ruleBooks;
        this.calendar = calendar;
        this.cycles = cycles;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int cluster = ((Number) execution.getVariable(CycleVariables.CLUSTER)).intValue();
        int year = ((Number) execution.getVariable(CycleVariables.YEAR)).intValue();
        String businessKey = execution.getProcessBusinessKey();
        if (!CycleVariables.businessKey(cluster, year).equals(businessKey)) {
            throw new IllegalArgumentException("business key must be " + CycleVariables.businessKey(cluster, year)
                    + ", was " + businessKey);
        }
        List<String> members = new ArrayList<>(reference.membersOn(cluster, LocalDate.of(year, 1, 1)));
        if (members.isEmpty()) {
            throw new IllegalStateException("Cụm " + cluster + " không có thành viên năm " + year);
        }
        ClusterLeadership leadership = reference.leadership(cluster, year).orElseThrow(() -> new IllegalStateException(
                "Chưa có cụm trưởng của cụm " + cluster + " năm " + year + " (nhập heads.csv)"));
        RuleVersions rules = ruleBooks.current();
        Instant now = clock.instant();

        execution.setVariable(CycleVariables.CLUSTER_LABEL, reference.cluster(cluster).orElseThrow().name());
        execution.setVariable(CycleVariables.MEMBERS, members);
        execution.setVariable(CycleVariables.HEAD, leadership.headCode());
        execution.setVariable(CycleVariables.DEPUTY, leadership.deputyCode());
        execution.setVariable(CycleVariables.HEAD_GROUP, GroupIds.province(leadership.headCode()));
        execution.setVariable(CycleVariables.RULES, rules.toMap());
        for (Map.Entry<Phase, DeadlineCalendar.Deadline> deadline : calendar.deadlines(cluster, year, now).entrySet()) {
            execution.setVariable(CycleVariables.due(deadline.getKey()), Date.from(deadline.getValue().due()));
            execution.setVariable(CycleVariables.reminder(deadline.getKey()), Date.from(deadline.getValue().reminder()));
        }
        cycles.insert(new Cycle(businessKey, cluster, year, execution.getProcessInstanceId(), leadership.headCode(),
                leadership.deputyCode(), members, rules, Phase.OPENED, now, null));
    }
}
