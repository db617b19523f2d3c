package dk.borgerplan.plan;

import java.util.List;

/**
 * An entry for the preparation sheet as written: its field, and words and/or icons (concept ids) and/or the id of
 * an uploaded picture; optionally on whose behalf it is written.
 */
public record SheetEntryDraft(SheetField field, String text, List<String> icons, String pictureId,
        String onBehalfOf) {
}
