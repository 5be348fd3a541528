package vn.vusta.thidua.mail;

import java.util.List;

/**
 * What a mail says, the same for each of its recipients (only the greeting differs): plain sentences, never HTML,
 * and one link. {@code taskId} is the task the mail is about, if any.
 */
record MailContent(MailKind kind, String businessKey, String taskId, String subject, List<String> paragraphs,
        Link link) {

    record Link(String label, String url) {
    }
}
