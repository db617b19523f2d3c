package dk.borgerplan.web.internal;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem document, as sent with {@code application/problem+json}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record Problem(String type, String title, int status, String detail, List<FieldError> errors) {
}
