package dk.borgerplan.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import dk.borgerplan.plan.DuplicateCitizenException;
import dk.borgerplan.plan.NotFoundException;
import dk.borgerplan.plan.StateConflictException;
import dk.borgerplan.plan.ValidationException;
import dk.borgerplan.plan.VersionConflictException;
import dk.borgerplan.platform.Text;

/**
 * Base of every API servlet: dispatches by method, reads JSON strictly, writes JSON, and turns every failure into an
 * {@code application/problem+json} response. A client never sees a stack trace; an unexpected failure is logged
 * with an error number that the response repeats.
 */
abstract class ApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ApiServlet.class);

    static final int MAX_BODY_BYTES = 1 << 20;
    /**
     * The largest request body left unread by a handler that is still read to its end and dropped, so that the
     * connection stays open: as large as the largest upload the API takes (an icon pack).
     */
    static final long MAX_DISCARDED_BYTES = IconPackAdminServlet.MAX_JAR_BYTES;
    static final String PROBLEM_JSON = "application/problem+json";

    static final ObjectMapper JSON = Json.mapper();

    /** Handles one request; return normally after writing the response, or throw. */
    @FunctionalInterface
    interface Handler {
        void handle(HttpServletRequest request, HttpServletResponse response) throws IOException;
    }

    /** The handler for a method, or null when this resource does not support it. */
    protected abstract Handler handler(String method);

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locale(request);
        try {
            Handler handler = handler(request.getMethod());
            if (handler == null) {
                throw new ApiException(405, "method-not-allowed", format(Texts.NOT_ALLOWED, locale, request.getMethod()),
                        List.of());
            }
            handler.handle(request, response);
        } catch (ApiException e) {
            problem(response, locale, e.status, e.code, e.getMessage(), e.errors);
        } catch (ValidationException e) {
            List<FieldError> errors = e.violations().stream()
                    .map(v -> new FieldError(v.field(), v.rule(), v.message(locale))).toList();
            String detail = errors.stream().map(fe -> fe.field() + ": " + fe.message()).reduce((a, b) -> a + "; " + b)
                    .orElse("");
            problem(response, locale, 400, "validation", detail, errors);
        } catch (NotFoundException e) {
            problem(response, locale, 404, "not-found",
                    notFound(e.kind()).in(locale), List.of());
        } catch (StateConflictException e) {
            problem(response, locale, 409, "state-conflict", e.message(locale),
                    List.of(new FieldError(e.field(), e.rule(), e.message(locale))));
        } catch (DuplicateCitizenException e) {
            problem(response, locale, 409, "citizen-exists", Texts.CITIZEN_EXISTS.in(locale),
                    List.of(new FieldError("cprNumber", "unique", Texts.CITIZEN_EXISTS.in(locale))));
        } catch (VersionConflictException e) {
            problem(response, locale, 412, "version-conflict", format(Texts.STALE_VERSION, locale, e.current()), List.of());
        } catch (RuntimeException | LinkageError e) {
            // A LinkageError too: a bundle that cannot load a class (a broken library) must not reach the client as
            // the container's error page with the exception's name.
            String errorId = UUID.randomUUID().toString().substring(0, 8);
            // The exception class and the stack go to the log only; its message may quote data, so not even that.
            LOG.error("Request {} {} failed with error {}: {}", request.getMethod(), request.getServletPath(), errorId,
                    e.getClass().getName(), e);
            problem(response, locale, 500, "internal", format(Texts.INTERNAL, locale, errorId), List.of());
        } finally {
            discardUnreadBody(request);
        }
    }

    /**
     * Reads what a handler left of the request body. Many refusals (404, 412, 428) come before the body is read;
     * Jetty then closes the connection after the response without saying so, and a client that sends its next
     * request on that connection gets no answer at all. A body larger than {@link #MAX_DISCARDED_BYTES} is left:
     * closing that connection is the cheaper choice.
     */
    static void discardUnreadBody(HttpServletRequest request) {
        long announced = request.getContentLengthLong();
        if (announced == 0 || announced > MAX_DISCARDED_BYTES) {
            return;
        }
        try {
            InputStream in = request.getInputStream();
            byte[] buffer = new byte[8192];
            long read = 0;
            int n;
            while (read <= MAX_DISCARDED_BYTES && (n = in.read(buffer)) != -1) {
                read += n;
            }
        } catch (IOException | IllegalStateException e) {
            // The client went away, or a handler read the body as characters: nothing left to keep open.
            LOG.debug("Request body not discarded: {}", e.getClass().getName());
        }
    }

    private static Text notFound(String kind) {
        return switch (kind) {
            case "citizen" -> Texts.NO_SUCH_CITIZEN;
            case "cycle" -> Texts.NO_SUCH_CYCLE;
            case "preparationMeeting" -> Texts.NO_SUCH_PREPARATION_MEETING;
            case "sheetEntry" -> Texts.NO_SUCH_SHEET_ENTRY;
            case "picture" -> Texts.NO_SUCH_PICTURE;
            case "goal" -> Texts.NO_SUCH_GOAL;
            case "subGoal" -> Texts.NO_SUCH_SUB_GOAL;
            case "plan" -> Texts.NO_SUCH_PLAN;
            case "relationship" -> Texts.NO_SUCH_RELATIONSHIP;
            case "account" -> Texts.NO_SUCH_ACCOUNT;
            default -> Texts.NO_SUCH_RESOURCE;
        };
    }

    /** Danish unless the client prefers English. */
    static Locale locale(HttpServletRequest request) {
        String accept = request.getHeader("Accept-Language");
        if (accept != null && accept.trim().toLowerCase(Locale.ROOT).startsWith("en")) {
            return Locale.ENGLISH;
        }
        return Locale.forLanguageTag("da");
    }

    static String format(Text text, Locale locale, Object... arguments) {
        return new MessageFormat(text.in(locale), locale).format(arguments);
    }

    /** Reads the body as {@code type}: JSON only, at most {@link #MAX_BODY_BYTES}, strictly. */
    static <T> T readBody(HttpServletRequest request, Class<T> type) throws IOException {
        Locale locale = locale(request);
        String contentType = request.getContentType();
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new ApiException(415, "unsupported-media-type", Texts.JSON_ONLY.in(locale), List.of());
        }
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            throw tooLarge(locale);
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (body.length > MAX_BODY_BYTES) {
            throw tooLarge(locale);
        }
        return parse(body, type, locale);
    }

    /**
     * Reads a JSON body as {@code type}: the value, or an {@link ApiException} (400) naming the field. Nothing else
     * leaves this method for any bytes at all; {@code JsonInputFuzzTest} holds it to that.
     */
    static <T> T parse(byte[] body, Class<T> type, Locale locale) {
        if (body.length == 0) {
            throw ApiException.badRequest("body", "required", Texts.EMPTY_BODY.in(locale));
        }
        try {
            T value = JSON.readValue(body, type);
            if (value == null) {
                throw ApiException.badRequest("body", "required", Texts.EMPTY_BODY.in(locale));
            }
            return value;
        } catch (JsonProcessingException e) {
            throw beyondLimits(e) ? ApiException.badRequest("body", "limits", Texts.BEYOND_LIMITS.in(locale))
                    : readError(e, locale);
        } catch (IOException e) {
            // Reading a byte array does no I/O; Jackson declares it anyway.
            throw ApiException.badRequest("body", "malformedJson", format(Texts.MALFORMED_JSON, locale, 0, 0));
        }
    }

    /** A limit of {@link Json} passed: thrown as it is, or wrapped by databind with the path where it happened. */
    private static boolean beyondLimits(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamConstraintsException) {
                return true;
            }
        }
        return false;
    }

    private static ApiException readError(JsonProcessingException error, Locale locale) {
        if (error instanceof JsonParseException e) {
            return ApiException.badRequest("body", "malformedJson", format(Texts.MALFORMED_JSON, locale,
                    e.getLocation().getLineNr(), e.getLocation().getColumnNr()));
        }
        if (error instanceof UnrecognizedPropertyException e) {
            return ApiException.badRequest(path(e), "unknownField", Texts.UNKNOWN_FIELD.in(locale));
        }
        if (error instanceof MismatchedInputException e) {
            return ApiException.badRequest(orBody(path(e)), "wrongType",
                    format(Texts.WRONG_TYPE, locale, expected(e.getTargetType()).in(locale)));
        }
        return ApiException.badRequest(error instanceof JsonMappingException m ? orBody(path(m)) : "body",
                "malformedJson", format(Texts.MALFORMED_JSON, locale, 0, 0));
    }

    private static ApiException tooLarge(Locale locale) {
        return new ApiException(413, "payload-too-large", format(Texts.TOO_LARGE, locale, MAX_BODY_BYTES), List.of());
    }

    private static String orBody(String field) {
        return field.isEmpty() ? "body" : field;
    }

    /** The JSON path of a mapping error, e.g. {@code goals[0].currentScore.value}. */
    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                // A field named "" or " " (found by fuzzing) is still named, in quotes.
                String name = reference.getFieldName();
                path.append(name.isBlank() ? '"' + name + '"' : name);
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static Text expected(Class<?> type) {
        if (type == null) {
            return Texts.TYPE_VALUE;
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return Texts.TYPE_NUMBER;
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return Texts.TYPE_TEXT;
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return Texts.TYPE_LIST;
        }
        if (type == java.time.LocalDate.class) {
            return Texts.TYPE_DATE;
        }
        if (type.isRecord()) {
            return Texts.TYPE_OBJECT;
        }
        return Texts.TYPE_VALUE;
    }

    /** An optional non-negative integer query parameter. */
    static int intParameter(HttpServletRequest request, String name, int fallback) {
        String value = request.getParameter(name);
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        Locale locale = locale(request);
        int number;
        try {
            number = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name, "wrongType", Texts.NOT_A_NUMBER.in(locale));
        }
        if (number < 0) {
            throw ApiException.badRequest(name, "negative", Texts.NOT_NEGATIVE.in(locale));
        }
        return number;
    }

    static void json(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        JSON.writeValue(response.getOutputStream(), body);
    }

    static void problem(HttpServletResponse response, Locale locale, int status, String code, String detail,
            List<FieldError> errors) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.reset();
        SecurityHeaders.apply(response, false);
        response.setStatus(status);
        response.setContentType(PROBLEM_JSON);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Language", locale.getLanguage());
        Problem problem = new Problem("urn:borgerplan:problem:" + code, Texts.title(code).in(locale), status,
                detail, new ArrayList<>(errors));
        JSON.writeValue(response.getOutputStream(), problem);
    }

    /** The path below the servlet pattern, split in segments: {@code /abc/plans} gives {@code [abc, plans]}. */
    static List<String> segments(HttpServletRequest request) {
        String info = request.getPathInfo();
        if (info == null || info.equals("/")) {
            return List.of();
        }
        return List.of(info.substring(1).split("/", -1));
    }
}
