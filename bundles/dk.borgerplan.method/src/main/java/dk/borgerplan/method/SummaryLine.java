package dk.borgerplan.method;

import java.util.Objects;

import dk.borgerplan.platform.Text;

/**
 * A figure a method computes from a section's entries and shows with it, e.g. Aarhus' citizen budget: granted, spent
 * per goal, remaining.
 *
 * @param id short, stable identifier of the line ({@code granted}, {@code spent-on-goal})
 * @param label what the figure is
 * @param kind how to read {@code value} ({@link FieldKind#AMOUNT}, {@link FieldKind#NUMBER}, {@link FieldKind#TEXT})
 * @param value the figure, written as a field of that kind is
 * @param goal the goal it is about, if any
 */
public record SummaryLine(String id, Text label, FieldKind kind, String value, String goal) {

    public SummaryLine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }
}
