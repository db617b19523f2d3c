package dk.borgerplan.method;

import java.util.List;
import java.util.Objects;

import dk.borgerplan.platform.Text;

/**
 * One field of a {@link PlanSection}'s entries.
 *
 * @param id short, stable, lower-case identifier within the section
 * @param label the field's label
 * @param kind what it holds
 * @param required whether every entry must have it
 * @param choices the possible values of a {@link FieldKind#CHOICE} field, in order; empty for other kinds
 */
public record SectionField(String id, Text label, FieldKind kind, boolean required, List<Choice> choices) {

    public SectionField {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** One value of a choice field. */
    public record Choice(String id, Text label) {

        public Choice {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
        }
    }
}
