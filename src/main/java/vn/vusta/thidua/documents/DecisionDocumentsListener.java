package vn.vusta.thidua.documents;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.vusta.thidua.workflow.Actor;

/**
 * {@code ${decisionDocuments}} on the chair's {@code Task_SignDecision} (council approval): on create the form links
 * the draft award decision (number and date blank), generated when the chair opens it; on complete, after
 * {@code ${signDecision}} stored the number and date, the decision to sign and stamp is stored as the next version.
 */
@Component("decisionDocuments")
class DecisionDocumentsListener extends TaskDocuments {

    DecisionDocumentsListener(DocumentService documents, Actor actor) {
        super(documents, actor, List.of(DocumentKind.DECISION));
    }
}
