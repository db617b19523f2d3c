package dk.borgerplan.metrics.internal;

import java.util.regex.Pattern;

/**
 * An address as a metric's {@code uri} label: ids (anything but a word of lower-case letters) become {@code {id}}, so a label
 * never carries data and the number of series stays that of the API's endpoints; an address the API does not know
 * (404) counts as one, {@code NOT_FOUND}.
 */
final class Endpoints {

    /** The API's words have no digits; every id has some (a UUID's version digit, a revision's number). */
    private static final Pattern WORD = Pattern.compile("[a-z][a-z.-]{0,39}");
    static final String NOT_FOUND = "NOT_FOUND";

    private Endpoints() {
    }

    static String of(String path, int status) {
        if (status == 404 || path == null || !path.startsWith("/")) {
            return NOT_FOUND;
        }
        StringBuilder template = new StringBuilder();
        String[] segments = path.substring(1).split("/", -1);
        if (segments.length > 8) {
            return NOT_FOUND;
        }
        for (String segment : segments) {
            template.append('/').append(WORD.matcher(segment).matches() ? segment : "{id}");
        }
        return template.toString();
    }
}
