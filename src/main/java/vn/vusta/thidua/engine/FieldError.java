package vn.vusta.thidua.engine;

/** A refused form field: the form field key and a Vietnamese message that names it. */
public record FieldError(String field, String message) {
}
