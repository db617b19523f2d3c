package dk.borgerplan.web.internal;

import java.util.List;

/**
 * An HTTP-level failure with its status and problem code. Messages are built here from fixed texts, never from
 * what the client sent, so that no personal data reaches a response or a log line.
 */
final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final int status;
    final String code;
    final transient List<FieldError> errors;

    ApiException(int status, String code, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.errors = List.copyOf(errors);
    }

    static ApiException badRequest(String field, String rule, String message) {
        return new ApiException(400, "validation", message, List.of(new FieldError(field, rule, message)));
    }
}
