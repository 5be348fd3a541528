package vn.vusta.thidua.engine;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A submission refused by the server's validation. Thrown from a task's complete listener, it rolls back the
 * whole completion: the task stays open and nothing is stored. It is the engine's form-validation exception,
 * so REST ({@code /task/{id}/complete} and {@code /submit-form}) answers 400 with the message, which Tasklist
 * shows to the officer; {@link #getDetail()} holds the per-field errors.
 */
public class InvalidSubmissionException extends FormFieldValidationException {

    private final transient List<FieldError> errors;

    public InvalidSubmissionException(List<FieldError> errors) {
        super(List.copyOf(errors), "Dữ liệu chưa hợp lệ: " + errors.stream().map(e -> e.field() + " — " + e.message())
                .collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public InvalidSubmissionException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
