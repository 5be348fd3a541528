package vn.vusta.thidua.engine;

import org.camunda.bpm.engine.exception.NotFoundException;

/**
 * The task was completed or closed before this request reached it: submitted twice, by two officers of the unit at
 * the same moment, or after its deadline closed it. Nothing of the request is stored; REST answers 404.
 */
public class TaskGoneException extends NotFoundException {

    public TaskGoneException(String taskId) {
        super("Công việc không còn: đã được nộp, đã đóng hoặc không tồn tại (" + taskId + "). Không có gì được lưu; "
                + "hãy tải lại danh sách việc.");
    }
}
