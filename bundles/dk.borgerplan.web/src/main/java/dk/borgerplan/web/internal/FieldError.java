package dk.borgerplan.web.internal;

/** One field-level error in a problem response. */
record FieldError(String field, String rule, String message) {
}
