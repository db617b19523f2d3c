package dk.borgerplan.plan;

import java.util.List;

/**
 * One entry on the preparation sheet, in one of its four fields: the citizen's own words and/or icons (by concept
 * id) and/or a picture (a drawing or photo, by {@link Picture#id()}).
 *
 * @param writtenBy the user who wrote the entry as it stands, with the name that user had then (supplied by the
 *            caller's authentication, never by the client)
 * @param onBehalfOf on whose behalf it was written, e.g. the citizen when the contact person writes for them; null
 *            when the writer wrote in their own name
 * @param created when the entry was first written, and by whom
 * @param updated when it was last changed, and by whom
 */
public record SheetEntry(String id, SheetField field, String text, List<String> icons, String pictureId,
        Actor writtenBy, String onBehalfOf, Stamp created, Stamp updated) {

    public SheetEntry {
        icons = icons == null ? List.of() : List.copyOf(icons);
    }
}
