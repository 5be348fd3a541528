package vn.vusta.thidua.documents;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import vn.vusta.thidua.workflow.Actor;

/**
 * Documents at a user task. On create, the form gets links to drafts that are generated when opened, from the records
 * as they are then ({@code /api/cycles/{key}/documents/draft/...}): generating every draft when the task is created
 * cost a sixth of a cycle's engine time, for files most users open once or never. On complete (after the task's own
 * listener has stored what the user entered), the final version of each document is generated and stored.
 */
abstract class TaskDocuments implements TaskListener {

    static final String DOCUMENT_LINKS = "documentLinks";

    private final DocumentService documents;
    private final Actor actor;
    private final List<DocumentKind> kinds;

    TaskDocuments(DocumentService documents, Actor actor, List<DocumentKind> kinds) {
        this.documents = documents;
        this.actor = actor;
        this.kinds = kinds;
    }

    @Override
    public void notify(DelegateTask task) {
        String businessKey = task.getExecution().getProcessBusinessKey();
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            // Tasklist 7 has no attachments view: the form shows these links (text field "=documentLinks")
            task.setVariableLocal(DOCUMENT_LINKS, draftLinks(businessKey));
            return;
        }
        String who = actor.of(task);
        for (DocumentKind kind : kinds) {
            documents.generate(businessKey, kind, who);
        }
    }

    private String draftLinks(String businessKey) {
        StringBuilder links = new StringBuilder(
                "**Văn bản dự thảo** (tạo từ dữ liệu hiện tại khi mở; mở để kiểm tra trước khi hoàn thành):\n\n");
        for (DocumentKind kind : kinds) {
            links.append("- ").append(kind.label()).append(": ").append(Arrays.stream(DocumentFormat.values())
                    .map(format -> "[" + format.name() + "](/api/cycles/" + businessKey + "/documents/draft/" + kind.slug()
                            + "." + format.extension() + ")")
                    .collect(Collectors.joining(" · "))).append("\n");
        }
        return links.toString();
    }
}
