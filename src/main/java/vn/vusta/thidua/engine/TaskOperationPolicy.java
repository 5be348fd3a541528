package vn.vusta.thidua.engine;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a person may do to a task of a cycle besides opening and submitting its form. The engine lets whoever may
 * work on a task claim it for anyone, change its deadline, add candidates, set variables, attach files and end it
 * with a BPMN error; none of that has a use here, and each would let a unit act for another, hand its ballot away
 * or skip its work. The rules:
 * <ul>
 * <li>a claim, assignment, delegation or owner change names only the caller itself (or clears the caller's own
 * claim); an administrator may name a user who is a candidate of the task (a user of the unit's group); a task
 * the model gives to one person by name (a council member's vote) cannot be given back;</li>
 * <li>the task's name, description, priority and due date, its candidates and its variables are the model's and
 * the calendar's: only an administrator changes them, candidates not even then (the follow-up date is the
 * user's own reminder and stays free);</li>
 * <li>no attachments and no comments from users: what a unit says goes into its form (a comment on a secret ballot
 * would even sign it);</li>
 * <li>no BPMN error or escalation thrown from a person's task: no process here models one.</li>
 * </ul>
 * Calls without an authenticated user are the application's own and are not restricted.
 */
final class TaskOperationPolicy {

    /** Who is acting; {@code userId == null} is the application itself. */
    record Caller(String userId, boolean admin) {

        boolean isApplication() {
            return userId == null;
        }
    }

    /** What the decision needs to know of the task. */
    record TaskFacts(String assignee, String owner, Set<String> candidateGroups, Set<String> candidateUsers) {
    }

    /** A user named by the operation, with the groups that user belongs to. */
    record Named(String userId, Set<String> groups) {

        static Named nobody() {
            return new Named(null, Set.of());
        }
    }

    enum Role {
        ASSIGNEE("giao việc"), OWNER("chủ sở hữu"), DELEGATE("ủy quyền");

        final String label;

        Role(String label) {
            this.label = label;
        }
    }

    /** A refused operation: {@code badRequest} for what no one may do here, else forbidden to this caller. */
    record Refusal(boolean badRequest, String message) {
    }

    private TaskOperationPolicy() {
    }

    static Optional<Refusal> name(Caller caller, TaskFacts task, Role role, Named named) {
        if (caller.isApplication()) {
            return Optional.empty();
        }
        String current = role == Role.OWNER ? task.owner() : task.assignee();
        if (named.userId() == null && role == Role.ASSIGNEE && current != null && task.candidateGroups().isEmpty()
                && task.candidateUsers().isEmpty()) {
            return forbidden("Công việc này được giao đích danh cho «" + current + "»: không thể bỏ nhận việc");
        }
        if (named.userId() == null) {
            boolean clearsOwn = Objects.equals(current, caller.userId()) || current == null;
            return clearsOwn || caller.admin() ? Optional.empty()
                    : forbidden("Chỉ người đang nhận việc hoặc quản trị viên được bỏ " + role.label + " của công việc này");
        }
        if (!caller.admin()) {
            return named.userId().equals(caller.userId()) ? Optional.empty()
                    : forbidden("Không được " + role.label + " công việc cho người khác («" + named.userId()
                            + "»): mỗi người chỉ nhận việc cho chính mình");
        }
        boolean candidate = task.candidateUsers().contains(named.userId())
                || named.groups().stream().anyMatch(task.candidateGroups()::contains);
        return candidate ? Optional.empty()
                : forbidden("«" + named.userId() + "» không thuộc đơn vị hoặc nhóm được giao công việc này");
    }

    static Optional<Refusal> changeDetails(Caller caller) {
        return caller.isApplication() || caller.admin() ? Optional.empty()
                : forbidden("Tên, mô tả, mức ưu tiên và hạn của công việc do quy trình và lịch thi đua đặt; "
                        + "chỉ quản trị viên được sửa");
    }

    static Optional<Refusal> changeCandidates(Caller caller) {
        return caller.isApplication() ? Optional.empty()
                : forbidden("Đơn vị, nhóm được giao công việc do quy trình xác định; không ai được thêm hoặc bớt");
    }

    static Optional<Refusal> changeVariables(Caller caller) {
        return caller.isApplication() || caller.admin() ? Optional.empty()
                : forbidden("Không được đặt biến cho công việc: dữ liệu chỉ được nộp qua biểu mẫu của công việc");
    }

    static Optional<Refusal> commentOrAttach(Caller caller) {
        return caller.isApplication() || caller.admin() ? Optional.empty()
                : forbidden("Không được ghi bình luận hay đính kèm tệp vào công việc: nội dung nộp theo biểu mẫu "
                        + "của từng bước");
    }

    static Optional<Refusal> throwFromTask() {
        return Optional.of(new Refusal(true, "Công việc của người dùng không được kết thúc bằng lỗi hoặc "
                + "escalation BPMN: hãy hoàn thành biểu mẫu của công việc"));
    }

    private static Optional<Refusal> forbidden(String message) {
        return Optional.of(new Refusal(false, message));
    }
}
