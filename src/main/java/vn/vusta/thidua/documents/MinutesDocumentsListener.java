package vn.vusta.thidua.documents;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

import vn.vusta.thidua.workflow.Actor;

/**
 * {@code ${minutesDocuments}} on the head's {@code Task_ConfirmMinutes} (nomination vote): the dossier the head sends
 * to VUSTA — vote minutes, proposal and year-end summary — generated from the vote's outcome and attached to the task.
 */
@Component("minutesDocuments")
class MinutesDocumentsListener extends TaskDocuments {

    MinutesDocumentsListener(DocumentService documents, TaskService taskService, Actor actor) {
        super(documents, taskService, actor, List.of(DocumentKind.MINUTES, DocumentKind.PROPOSAL, DocumentKind.SUMMARY));
    }
}
