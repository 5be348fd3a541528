package vn.vusta.thidua.documents;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;

import vn.vusta.thidua.workflow.Actor;

/**
 * Generates documents at a user task: on create, a new version of each is stored and attached to the task in both
 * formats, so the user opens them from Tasklist before completing; on complete (after the task's own listener has
 * stored what the user entered), the final version is stored. The attachment is written without the current user's
 * authorization checks, since the listener may run in the thread of whoever completed the previous task.
 */
abstract class TaskDocuments implements TaskListener {

    private final DocumentService documents;
    private final TaskService taskService;
    private final Actor actor;
    private final List<DocumentKind> kinds;

    TaskDocuments(DocumentService documents, TaskService taskService, Actor actor, List<DocumentKind> kinds) {
        this.documents = documents;
        this.taskService = taskService;
        this.actor = actor;
        this.kinds = kinds;
    }

    @Override
    public void notify(DelegateTask task) {
        String businessKey = task.getExecution().getProcessBusinessKey();
        String who = actor.of(task);
        boolean attach = EVENTNAME_CREATE.equals(task.getEventName());
        for (DocumentKind kind : kinds) {
            for (DocumentService.Generated g : documents.generate(businessKey, kind, who)) {
                if (attach) {
                    attach(task, g);
                }
            }
        }
    }

    private void attach(DelegateTask task, DocumentService.Generated g) {
        StoredDocument d = g.document();
        String description = d.kind().label() + ", phiên bản " + d.version() + " (" + d.format().name() + ")";
        Context.getCommandContext().runWithoutAuthorization(() -> taskService.createAttachment(d.format().contentType(),
                task.getId(), task.getProcessInstanceId(), d.fileName(), description, new ByteArrayInputStream(g.content())));
    }
}
