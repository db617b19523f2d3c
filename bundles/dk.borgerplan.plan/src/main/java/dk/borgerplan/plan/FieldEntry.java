package dk.borgerplan.plan;

import java.util.List;

/** One entry in a field of the visual plan: the citizen's words and/or icons (by concept id). */
public record FieldEntry(String text, List<String> icons) {

    public FieldEntry {
        icons = icons == null ? List.of() : List.copyOf(icons);
    }
}
