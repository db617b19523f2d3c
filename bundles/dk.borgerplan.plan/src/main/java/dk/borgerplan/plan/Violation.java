package dk.borgerplan.plan;

import java.util.List;
import java.util.Locale;

/**
 * A broken rule: the field (as a path, e.g. {@code goals[0].currentScore.value}), the rule's code, and the values
 * the message needs. Messages are in Danish, with English; they never repeat what the user typed.
 */
public record Violation(String field, String rule, List<Object> arguments) {

    public Violation {
        arguments = List.copyOf(arguments);
    }

    public static Violation of(String field, String rule, Object... arguments) {
        return new Violation(field, rule, List.of(arguments));
    }

    public String message(Locale locale) {
        return Messages.format(rule, arguments, locale);
    }
}
