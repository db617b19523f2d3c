package dk.borgerplan.web.internal;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/** The version a change is based on, from {@code If-Match: "3"}: required, so that no change is silently lost. */
final class Versions {

    private Versions() {
    }

    /** The strong ETag of a version: {@code "3"}. */
    static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version a change is based on. When the header is missing or unusable, {@code mustExist} runs first, so
     * that a change of something that does not exist is answered 404 rather than 428; a usable header costs no read
     * here, because the service that makes the change finds out itself.
     */
    static long ifMatch(HttpServletRequest request, Locale locale, Runnable mustExist) {
        try {
            return ifMatch(request, locale);
        } catch (ApiException e) {
            mustExist.run();
            throw e;
        }
    }

    static long ifMatch(HttpServletRequest request, Locale locale) {
        String ifMatch = request.getHeader("If-Match");
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(428, "precondition-required", Texts.IF_MATCH_REQUIRED.in(locale),
                    List.of(new FieldError("If-Match", "required", Texts.IF_MATCH_REQUIRED.in(locale))));
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("If-Match", "wrongType", Texts.NOT_A_NUMBER.in(locale));
        }
    }
}
