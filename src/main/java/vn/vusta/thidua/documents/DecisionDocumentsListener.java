package vn.vusta.thidua.documents;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.workflow.Actor;

/**
 * {@code ${decisionDocuments}} on the chair's {@code Task_SignDecision} (council approval): on create the draft award
 * decision (number and date blank) is attached for the chair to read; on complete, after {@code ${signDecision}}
 * stored the number and date, the decision to sign and stamp is stored as the next version.
 */
@Component("decisionDocuments")
class DecisionDocumentsListener extends TaskDocuments {

    DecisionDocumentsListener(DocumentService documents, TaskService taskService, Actor actor) {
        super(documents, taskService, actor, List.of(DocumentKind.DECISION));
    }
}
