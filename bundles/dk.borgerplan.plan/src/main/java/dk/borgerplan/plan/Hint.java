package dk.borgerplan.plan;

import java.util.List;
import java.util.Locale;

/**
 * Help while a goal is written — never a refusal: e.g. a goal that does not start with "Jeg", or whose SMART
 * questions are unanswered (seed 001, 2.2.2.8). Words that matter to the citizen may stay even if not strictly SMART.
 */
public record Hint(String field, String hint, List<Object> arguments) {

    public Hint {
        arguments = List.copyOf(arguments);
    }

    public static Hint of(String field, String hint, Object... arguments) {
        return new Hint(field, hint, List.of(arguments));
    }

    public String message(Locale locale) {
        return Messages.format("hint." + hint, arguments, locale);
    }
}
