package dk.borgerplan.plan;

import java.util.List;

/** A life-theme field of the wheel: the theme as stored (reference + label) and its entries. */
public record ThemeField(ThemeUse theme, List<FieldEntry> entries) {

    public ThemeField {
        entries = List.copyOf(entries);
    }
}
