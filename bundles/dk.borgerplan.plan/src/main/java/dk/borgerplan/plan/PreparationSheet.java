package dk.borgerplan.plan;

import java.util.List;
import java.util.Optional;

import dk.borgerplan.platform.Text;

/**
 * The preparation sheet "Her er mit liv" that a preparation meeting produces: the citizen's hopes, wishes and dreams,
 * brought to the plan meeting. Its entries in the order they were written; {@link #entries(SheetField)} gives one
 * field's.
 */
public record PreparationSheet(List<SheetEntry> entries) {

    /** The sheet's heading, as printed on it. */
    public static final Text TITLE = Text.of("Her er mit liv", "This is my life");

    public PreparationSheet {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    public static PreparationSheet empty() {
        return new PreparationSheet(List.of());
    }

    /** The entries of one field, in the order they were written. */
    public List<SheetEntry> entries(SheetField field) {
        return entries.stream().filter(entry -> entry.field() == field).toList();
    }

    public Optional<SheetEntry> entry(String entryId) {
        return entries.stream().filter(entry -> entry.id().equals(entryId)).findFirst();
    }
}
