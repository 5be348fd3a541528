package vn.vusta.thidua.documents;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.vusta.thidua.workflow.Actor;

/**
 * {@code ${minutesDocuments}} on the head's {@code Task_ConfirmMinutes} (nomination vote): the dossier the head sends
 * to VUSTA — vote minutes, proposal and year-end summary — generated from the vote's outcome: drafts on request while
 * the task is open, the final version when the head confirms.
 */
@Component("minutesDocuments")
class MinutesDocumentsListener extends TaskDocuments {

    MinutesDocumentsListener(DocumentService documents, Actor actor) {
        super(documents, actor, List.of(DocumentKind.MINUTES, DocumentKind.PROPOSAL, DocumentKind.SUMMARY));
    }
}
