package vn.vusta.thidua.council;

import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.cycle.CycleVariables;
import vn.vusta.thidua.cycle.Phase;

/**
 * When the nomination vote has decided (listener on its {@code SequenceFlow_VoteDecided}): one process
 * {@code achievement-report} per proposed nominee, in which the nominee's officer writes its Báo cáo thành tích for
 * the dossier. A process of its own, so that the head's minutes do not wait for it; the council's office checks that
 * every report is in the dossier.
 */
@Component("startAchievementReports")
class StartAchievementReportsListener implements ExecutionListener {

    static final String PROCESS_KEY = "achievement-report";
    private static final List<String> CYCLE_VARIABLES = List.of(CycleVariables.CLUSTER, CycleVariables.YEAR,
            CycleVariables.CLUSTER_LABEL, CycleVariables.MEMBERS, CycleVariables.HEAD, CycleVariables.DEPUTY,
            CycleVariables.HEAD_GROUP, CycleVariables.RULES, CycleVariables.due(Phase.COUNCIL));

    private final DossierView view;
    private final RuntimeService runtimeService;

    StartAchievementReportsListener(DossierView view, RuntimeService runtimeService) {
        this.view = view;
        this.runtimeService = runtimeService;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String businessKey = execution.getProcessBusinessKey();
        for (String unit : view.nominees(businessKey).stream().map(Nominee::unit).distinct().toList()) {
            VariableMap variables = Variables.createVariables();
            for (String name : CYCLE_VARIABLES) {
                variables.putValueTyped(name, execution.getVariableTyped(name, false));
            }
            variables.putValue(AchievementReportListener.NOMINEE, unit);
            runtimeService.createProcessInstanceByKey(PROCESS_KEY).businessKey(businessKey).setVariables(variables)
                    .execute();
        }
    }

    /** Ends the reports nobody wrote once the council has decided: the decision is taken without them. */
    void closeOpen(String businessKey) {
        runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(businessKey).list()
                .forEach(p -> runtimeService.deleteProcessInstance(p.getId(),
                        "Đã có quyết định khen thưởng: báo cáo thành tích không còn cần"));
    }
}
