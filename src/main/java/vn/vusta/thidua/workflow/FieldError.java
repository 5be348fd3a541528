package vn.vusta.thidua.workflow;

/** A refused form field: the form field key and a Vietnamese message that names it. */
public record FieldError(String field, String message) {
}
