package dk.borgerplan.method;

import java.util.Objects;

import dk.borgerplan.platform.Text;

/**
 * A method's rule that a section's entries break, as {@link Method#check} reports it; the API answers 400 naming
 * {@code entries[<entry>].<field>}.
 *
 * @param entry the index of the entry in the list (from 0)
 * @param field the id of the field to correct
 * @param message what is wrong and what to do, for the user; never repeats personal data
 */
public record EntryProblem(int entry, String field, Text message) {

    public EntryProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
