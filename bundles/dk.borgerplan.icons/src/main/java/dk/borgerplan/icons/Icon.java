package dk.borgerplan.icons;

import java.util.List;
import java.util.Objects;

import dk.borgerplan.platform.Text;

/**
 * One pictogram for a concept, e.g. {@code theme.egenomsorg}. The concept id is what a plan stores; the pack that
 * draws it may change.
 *
 * @param conceptId stable id of what the icon means, e.g. {@code theme.mobilitet}
 * @param label the short name shown beside or under the icon
 * @param alt the text alternative for screen readers: what the picture shows
 * @param keywords words a search should find it by
 * @param themes the life themes the icon belongs to, e.g. {@code egenomsorg}
 * @param packId the pack that provides it
 * @param mediaType {@code image/svg+xml} or {@code image/png}
 */
public record Icon(String conceptId, Text label, Text alt, List<String> keywords, List<String> themes, String packId,
        String mediaType) {

    public Icon {
        Objects.requireNonNull(conceptId, "conceptId");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(alt, "alt");
        Objects.requireNonNull(packId, "packId");
        Objects.requireNonNull(mediaType, "mediaType");
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        themes = themes == null ? List.of() : List.copyOf(themes);
    }
}
