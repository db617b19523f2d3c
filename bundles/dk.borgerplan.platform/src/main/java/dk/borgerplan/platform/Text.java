package dk.borgerplan.platform;

import java.util.Locale;
import java.util.Objects;

/**
 * A user-facing text in Danish, the platform's first language, and English. Danish is required; English falls back
 * to Danish where a translation is missing.
 */
public record Text(String da, String en) {

    public Text {
        Objects.requireNonNull(da, "da");
        if (da.isBlank()) {
            throw new IllegalArgumentException("A user-facing text needs its Danish wording");
        }
    }

    public static Text of(String da, String en) {
        return new Text(da, en);
    }

    /** The text in the given language: English for {@code en}, Danish for everything else. */
    public String in(Locale locale) {
        if (locale != null && "en".equals(locale.getLanguage()) && en != null && !en.isBlank()) {
            return en;
        }
        return da;
    }
}
