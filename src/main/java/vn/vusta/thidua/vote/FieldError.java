package vn.vusta.thidua.vote;

/** A refused ballot field: the form field key and a Vietnamese message that names it. */
public record FieldError(String field, String message) {
}
