package dk.borgerplan.method;

import java.util.Objects;

import dk.borgerplan.platform.Text;

/**
 * One question or prompt of a {@link Sheet}.
 *
 * @param id short, stable, lower-case identifier within the sheet
 * @param text the question as one would ask it
 * @param icon the icon concept id of its pictogram ({@code interest-friends}); null for none
 */
public record SheetPrompt(String id, Text text, String icon) {

    public SheetPrompt {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
