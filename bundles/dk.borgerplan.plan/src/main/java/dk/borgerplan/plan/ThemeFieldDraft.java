package dk.borgerplan.plan;

import java.util.List;

/** A life-theme field as written: the theme (from GET /api/themes) and its entries. */
public record ThemeFieldDraft(ThemeDraft theme, List<FieldEntry> entries) {
}
