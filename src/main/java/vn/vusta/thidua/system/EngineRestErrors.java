package vn.vusta.thidua.system;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * {@code /engine-rest} answers for what happens to people every day: a task already submitted or closed (404), a
 * task claimed or changed by someone else at the same moment (409) — with a Vietnamese reason, where Camunda's
 * resources answer 500 with the engine's English message. Anything else keeps Camunda's own answer.
 */
final class EngineRestErrors {

    private EngineRestErrors() {
    }

    static Optional<Response> known(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof TaskAlreadyClaimedException) {
                return answer(Response.Status.CONFLICT, "TaskAlreadyClaimed",
                        "Công việc đã có người khác nhận; hãy tải lại danh sách việc.");
            }
            if (cause instanceof OptimisticLockingException) {
                return answer(Response.Status.CONFLICT, "Conflict", "Dữ liệu vừa được người khác thay đổi cùng lúc; "
                        + "không có gì được lưu. Hãy tải lại và thử lại.");
            }
            if (cause instanceof NotFoundException notFound && isVietnamese(notFound.getMessage())) {
                return answer(Response.Status.NOT_FOUND, "NotFound", notFound.getMessage());
            }
            if (cause instanceof NullValueException && isMissingTask(cause.getMessage())) {
                return answer(Response.Status.NOT_FOUND, "NotFound",
                        "Công việc không còn: đã được nộp, đã đóng hoặc không tồn tại. Hãy tải lại danh sách việc.");
            }
        }
        return Optional.empty();
    }

    /** "Cannot find task …" (claim, complete) or "task … doesn't exist" (variables of a task that has just ended). */
    private static boolean isMissingTask(String message) {
        String text = String.valueOf(message);
        return text.contains("Cannot find task") || text.matches("(?s)task \\S+ doesn't exist.*");
    }

    private static boolean isVietnamese(String message) {
        return message != null && message.startsWith("Công việc");
    }

    private static Optional<Response> answer(Response.Status status, String type, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("message", message);
        return Optional.of(Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build());
    }

    /** Errors the resources wrapped (most task verbs catch the engine's exception and answer 500). */
    @Priority(1)
    static final class Wrapped implements ExceptionMapper<RestException> {

        private final RestExceptionHandler camunda = new RestExceptionHandler();

        @Override
        public Response toResponse(RestException exception) {
            return known(exception).orElseGet(() -> camunda.toResponse(exception));
        }
    }

    /** Errors the resources let through. */
    @Priority(1)
    static final class Unwrapped implements ExceptionMapper<ProcessEngineException> {

        private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

        @Override
        public Response toResponse(ProcessEngineException exception) {
            return known(exception).orElseGet(() -> camunda.toResponse(exception));
        }
    }
}
