package dk.borgerplan.method;

import java.util.List;
import java.util.Objects;

import dk.borgerplan.platform.Text;

/**
 * One part of a {@link Guide}: a technique, a question or a step.
 *
 * @param id short, stable, lower-case identifier within the guide ({@code open}, {@code specific})
 * @param name its name ("Åbne spørgsmål", "Specifikt")
 * @param what what it is, or the question itself
 * @param examples examples as one would say them; may be empty
 */
public record GuideItem(String id, Text name, Text what, List<Text> examples) {

    public GuideItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(what, "what");
        examples = examples == null ? List.of() : List.copyOf(examples);
    }
}
