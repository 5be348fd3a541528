package vn.vusta.thidua.cycle;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What Tasklist confirms once a task is completed, asked for while the task is still open (the Tasklist script
 * shows it after "Hoàn thành"): {@code GET /api/tasks/{id}/notice} →
 * {@code {"task": "…", "done": "Đăng ký thi đua năm 2024 của LHH Bến Tre.", "next": "Tiếp theo: …"}}. Only for a
 * task the user may see (engine authorizations); 404 otherwise.
 */
@RestController
@RequestMapping("/api/tasks")
class TaskNoticeController {

    private final TaskService taskService;
    private final RepositoryService repositoryService;
    private final TaskTexts texts;

    TaskNoticeController(TaskService taskService, RepositoryService repositoryService, TaskTexts texts) {
        this.taskService = taskService;
        this.repositoryService = repositoryService;
        this.texts = texts;
    }

    @GetMapping("/{taskId}/notice")
    Map<String, String> notice(@PathVariable String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new NoSuchElementException("Không có nhiệm vụ " + taskId + " mà anh/chị được xem");
        }
        Map<String, Object> variables = taskService.getVariables(taskId,
                List.of(CycleVariables.YEAR, CycleVariables.CLUSTER_LABEL, CycleVariables.UNIT, TaskTexts.RETURN_UNIT));
        if (variables.get(CycleVariables.YEAR) == null) {
            return Map.of("task", task.getName(), "done", task.getName(), "next", "");
        }
        TaskTexts.Subject subject = TaskTexts.Subject.of(variables::get, task.getDueDate());
        String key = task.getTaskDefinitionKey();
        Phase phase = Phase.ofProcessKey(repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getKey())
                .orElse(null);
        return Map.of("task", task.getName(),
                "done", texts.text(key, phase, "done", subject, task.getName()),
                "next", texts.text(key, phase, "next", subject, ""));
    }
}
